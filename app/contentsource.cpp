#include "contentsource.h"

#include "content/contentwatcher.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

ContentSource::ContentSource(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

ContentSource::~ContentSource() = default;

void ContentSource::start(const QString &commandLineFolder)
{
    if (!commandLineFolder.isEmpty()) {
        use(commandLineFolder);
        return;
    }
    const QString remembered = m_settings ? m_settings->value(SettingsKey).toString() : QString();
    if (!remembered.isEmpty() && !QFileInfo(remembered).isDir()) {
        // Forgotten, so that the next start does not say it again.
        m_settings->remove(SettingsKey);
        //: Status bar notice at start; %1 is the folder chosen in an earlier run
        m_startNotice = tr("The content folder %1 no longer exists; the bundled content is shown.")
                                .arg(QDir::toNativeSeparators(remembered));
        qCWarning(lcApp).noquote() << m_startNotice;
        use(QString());
        return;
    }
    use(remembered);
}

void ContentSource::openFolder(const QString &folder)
{
    use(folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath());
    remember();
    Q_EMIT contentChanged(m_content);
}

void ContentSource::useBundled()
{
    use(QString());
    remember();
    Q_EMIT contentChanged(m_content);
}

void ContentSource::reload()
{
    if (m_watcher && !m_folderUnusable) {
        m_watcher->reload();
        return;
    }
    if (m_watcher) {
        // The folder could not serve before: it may have come back, and the
        // watcher has nothing armed on it. Start over.
        use(m_folder);
        Q_EMIT contentChanged(m_content);
        return;
    }
    Q_EMIT statusChanged();
}

bool ContentSource::isLoading() const
{
    return m_watcher && !m_watcher->content().isComplete();
}

void ContentSource::whenComplete(QObject *context, std::function<void()> action)
{
    if (!isLoading()) {
        action();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ContentSource::statusChanged, context,
                          [this, connection, action = std::move(action)] {
                              if (isLoading())
                                  return;
                              disconnect(*connection);
                              action();
                          });
}

QList<std::pair<QString, bool>> ContentSource::rejectedFiles() const
{
    QList<std::pair<QString, bool>> result;
    if (!m_watcher)
        return result;
    const QDir dir(m_folder);
    const QStringList rejected = m_watcher->status().rejected;
    for (ContentFile file : ContentLoader::files()) {
        const QString path = dir.filePath(ContentLoader::fileName(file));
        if (rejected.contains(path))
            result.append({path, m_watcher->fileInUse(file) == path});
    }
    return result;
}

void ContentSource::use(const QString &folder)
{
    m_watcher.reset();
    m_folder = folder;
    if (folder.isEmpty()) {
        m_content = ContentLoader::load().content;
        update();
        return;
    }
    qCInfo(lcApp).noquote() << "Content from" << folder;
    m_watcher = std::make_unique<ContentWatcher>(folder);
    m_watcher->setBackgroundParseBytes(BackgroundParseBytes);
    connect(m_watcher.get(), &ContentWatcher::contentChanged, this,
            [this](const ContentSet &content) {
                m_content = content;
                Q_EMIT contentChanged(m_content);
            });
    connect(m_watcher.get(), &ContentWatcher::reloaded, this, &ContentSource::update);
    m_watcher->start();
    m_content = m_watcher->content();
}

void ContentSource::update()
{
    m_problems.clear();
    m_folderUnusable = false;
    if (m_watcher) {
        m_problems = ContentLoader::checkFolder(m_folder);
        m_folderUnusable = !m_problems.isEmpty();
        m_problems += m_watcher->status().diagnostics;
    }
    Q_EMIT statusChanged();
}

void ContentSource::remember()
{
    if (!m_settings)
        return;
    if (m_folder.isEmpty())
        m_settings->remove(SettingsKey);
    else
        m_settings->setValue(SettingsKey, m_folder);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcApp) << "Cannot save the settings to" << m_settings->fileName();
}
