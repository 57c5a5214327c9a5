#pragma once

#include "export/exportrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One file of an export: which view, in which language, under which name.
struct ExportTarget
{
    QString view;
    QString language;
    QString fileName; // the name alone, from the pattern
    QString filePath; // the output folder joined with fileName
};

// The files an export request writes, named by a pattern, in the order they
// are made: language by language (one language switch each), and within a
// language view by view. Planning touches no file; it only refuses patterns
// that would name a file outside the folder or give two files the same name.
class ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)

public:
    // "{view}_{lang}_{w}x{h}@{scale}x.{ext}"
    static QString defaultPattern();
    // The placeholders a pattern may use: {view}, {lang}, {w}, {h}, {scale},
    // {theme}, {ext}.
    static QStringList placeholders();
    // The scale as file names print it: "1", "2", "1.5".
    static QString scaleText(double scale);

    // The file name that \a pattern gives one view in one language; the rest
    // (size, scale, theme, format) comes from \a request.
    static QString fileName(const QString &pattern, const ExportRequest &request,
                            const QString &view, const QString &language);

    // Plans \a request, or returns nothing with the reason in \a error.
    static std::optional<ExportPlan> create(const ExportRequest &request, QString *error = nullptr);

    const ExportRequest &request() const { return m_request; }
    const QList<ExportTarget> &targets() const { return m_targets; }
    int count() const { return int(m_targets.size()); }
    // The paths of the targets that exist already.
    QStringList existingFiles() const;

private:
    ExportPlan() = default;

    ExportRequest m_request;
    QList<ExportTarget> m_targets;
};
