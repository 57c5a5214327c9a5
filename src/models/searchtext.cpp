#include "searchtext.h"

namespace SearchText {

QString fold(const QString &text)
{
    // ASCII has nothing to decompose, no marks and no invisible controls, and
    // its case folding is its lower case: the same result, without the work.
    if (QtPrivate::isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format: // word joiners and other invisible controls
            break;
        default:
            folded.append(c);
        }
    }
    // QString folds case one character at a time; "ß" needs the full folding
    // to "ss" so that "strasse" finds "Straße".
    return folded.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
}

} // namespace SearchText
