#pragma once

#include "hardwarediagramlayout.h"

#include <QList>
#include <QRect>
#include <QRectF>

#include <vector>

class QPainter;
struct DiagramPalette;

// The drawing of the hardware diagram: DGX Spark seen from above with its lid
// off and its rear panel folded into view, painted from a laid-out
// HardwareDiagramLayout in the colours of a DiagramPalette. Free functions with
// no state: what they draw depends only on their arguments.
//
// Sizes are in design units times \a unit (pixels per design unit), so that the
// drawing keeps its proportions at every size.
namespace DiagramArt {

using Part = HardwareDiagramLayout::Part;

// The illustration in two layers, without the states of hover, focus and
// selection, so that a selected part's lit traces can go between them.
// Below: the glow over all of \a area, the chassis and the quiet traces.
// Above: every other part, larger ones first, and the leader lines at rest.
enum class Layer { Below, Above };
void paintLayer(QPainter *painter, const DiagramPalette &palette,
                const HardwareDiagramLayout &layout, const QRect &area, double scale, Layer layer);

// The soft light behind the box, over all of \a area, fading into the background.
void paintBackdrop(QPainter *painter, const DiagramPalette &palette,
                   const HardwareDiagramLayout &layout, const QRect &area);

// The board's copper traces from the superchip to the parts it talks to.
// Quiet: every trace, unlit. Lit: only those of the \a selected part (all of
// them when the superchip is selected), in the accent colour with a glow.
enum class Traces { Quiet, Lit };
void paintTraces(QPainter *painter, const DiagramPalette &palette,
                 const HardwareDiagramLayout &layout, Traces mode, int selected);

// One part in the style of its shape, by one of the shape painters below.
void paintPart(QPainter *painter, const DiagramPalette &palette,
               const HardwareDiagramLayout &layout, int part);

// The shape painters.
// The box: a soft shadow, the rear panel, the rim and the board with its screws.
void paintChassis(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// A chip package, with capacitors in the margin around \a held, the dies on it.
void paintSuperchip(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit,
                    const QRectF &held);
// A CPU die as a floor plan of its cores, or a GPU die as an array of blocks.
void paintDie(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// A chip-to-chip link: parallel lanes with arrowheads both ways.
void paintLink(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// Memory packages side by side.
void paintMemory(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// An M.2 card: storage with a controller and flash, or a radio module.
void paintModule(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// A network controller under a finned heat sink.
void paintNetwork(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);
// Connector receptacles: USB-C, HDMI, RJ-45, QSFP cages or a generic port.
void paintConnectors(QPainter *painter, const DiagramPalette &palette, const Part &part,
                     double unit);
// The external supply, its cable plugged into \a port when there is one.
void paintPower(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit,
                const QRectF &port);
// Software: a panel of lines of code.
void paintSoftware(QPainter *painter, const DiagramPalette &palette, const Part &part, double unit);

// The faces of the \a count connectors of a connector part in \a rect, side
// by side, at each kind's own proportions.
QList<QRectF> connectorRects(DiagramShape shape, const QRectF &rect, int count);
bool isConnector(DiagramShape shape);

// The leader lines from \a parts to their labels (none for a part without a
// label), at rest, selected (thicker, in the accent colour) or highlighted
// (hovered or focused), with a halo where they cross the drawing. \a scale is
// the typographic scale.
enum class Leader { Quiet, Selected, Highlighted };
void paintLeaders(QPainter *painter, const DiagramPalette &palette,
                  const HardwareDiagramLayout &layout, double scale, Leader style,
                  const std::vector<int> &parts);

} // namespace DiagramArt
