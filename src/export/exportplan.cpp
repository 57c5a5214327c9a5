#include "exportplan.h"

#include "views/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

QString ExportPlan::defaultPattern()
{
    return u"{view}_{lang}_{w}x{h}@{scale}x.{ext}"_s;
}

QStringList ExportPlan::placeholders()
{
    return {u"{view}"_s, u"{lang}"_s, u"{w}"_s, u"{h}"_s, u"{scale}"_s, u"{theme}"_s, u"{ext}"_s};
}

QString ExportPlan::scaleText(double scale)
{
    // Up to three decimals, no trailing zeros, never an exponent.
    QString text = QLocale::c().toString(scale, 'f', 3);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString ExportPlan::fileName(const QString &pattern, const ExportRequest &request,
                             const QString &view, const QString &language)
{
    QString name = pattern.isEmpty() ? defaultPattern() : pattern;
    name.replace(u"{view}"_s, view)
            .replace(u"{lang}"_s, language)
            .replace(u"{w}"_s, QString::number(request.size.width()))
            .replace(u"{h}"_s, QString::number(request.size.height()))
            .replace(u"{scale}"_s, scaleText(request.scale))
            .replace(u"{theme}"_s, Theme::idName(request.theme))
            .replace(u"{ext}"_s, ExportRequest::formatName(request.format));
    return name;
}

std::optional<ExportPlan> ExportPlan::create(const ExportRequest &request, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<ExportPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString problem = request.validate();
    if (!problem.isEmpty())
        return refuse(problem);
    if (request.outputDirectory.isEmpty())
        return refuse(tr("no output folder given"));

    const QString pattern = request.namePattern.isEmpty() ? defaultPattern() : request.namePattern;
    static const QRegularExpression placeholder(u"\\{[^{}]*\\}"_s);
    const QStringList known = placeholders();
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(pattern)) {
        if (!known.contains(match.captured())) {
            //: %1 a placeholder such as {date}, %2 the list of known placeholders
            return refuse(tr("the file-name pattern has an unknown placeholder %1; known: %2")
                                  .arg(match.captured(), known.join(u", "_s)));
        }
    }

    ExportPlan plan;
    plan.m_request = request;
    plan.m_request.namePattern = pattern;
    // The folder and the name joined as text: QDir::filePath() would take a name
    // that starts with ':' for a Qt resource path and drop the folder.
    QString folder = QDir(request.outputDirectory).path();
    if (!folder.endsWith(u'/'))
        folder += u'/';
    QSet<QString> names;
    for (const QString &language : request.languages) {
        for (const QString &view : request.views) {
            const QString name = fileName(pattern, request, view, language);
            // The pattern names files inside the output folder, never elsewhere.
            if (name.isEmpty() || name == u"." || name == u".." || name.contains(u'/') ||
                name.contains(u'\\') || name.contains(QChar(0))) {
                //: %1 the file-name pattern, %2 the name it gave
                return refuse(tr("the file-name pattern “%1” gives “%2”, which is not a file "
                                 "name")
                                      .arg(pattern, name));
            }
            if (names.contains(name)) {
                //: %1 the file-name pattern, %2 a file name
                return refuse(tr("the file-name pattern “%1” names two files “%2”; add "
                                 "{view} or {lang}")
                                      .arg(pattern, name));
            }
            names.insert(name);
            plan.m_targets.append({view, language, name, folder + name});
        }
    }
    return plan;
}

QStringList ExportPlan::existingFiles() const
{
    QStringList existing;
    for (const ExportTarget &target : m_targets) {
        if (QFileInfo::exists(target.filePath))
            existing.append(target.filePath);
    }
    return existing;
}
