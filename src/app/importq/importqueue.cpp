// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importqueue.h"

#include "importpaths.h"
#include "importrunner.h"

#include "app/settingskeys.h"
#include "core/logging.h"
#include "ingest/readerror.h"

#include <QDir>
#include <QSettings>
#include <QThread>

using namespace Qt::StringLiterals;

namespace vt::gui {

ImportQueue::ImportQueue(QObject *parent) : QObject(parent), m_factory(std::make_shared<ImporterFactory>())
{
    m_pool.setObjectName(u"import"_s);
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_listPool.setObjectName(u"import-list"_s);
    m_listPool.setMaxThreadCount(1);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ImportQueue::flushThrottled);
}

ImportQueue::~ImportQueue()
{
    blockSignals(true); // the listeners are going away too
    cancelAll();
    m_listPool.waitForDone();
    m_pool.waitForDone();
}

void ImportQueue::enqueue(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QString languages = QSettings().value(QLatin1String(settings::kOcrLanguages)).toString().trimmed();
    if (languages.isEmpty())
        languages = u"vie"_s;
    beginRunIfIdle();
    m_busy = true;
    ++m_listings;
    m_listPool.start([this, paths, languages] {
        auto expanded = std::make_shared<QList<ImportPath>>(expandImportPaths(paths));
        QMetaObject::invokeMethod(
            this,
            [this, expanded, languages] {
                --m_listings;
                addPaths(*expanded, languages);
                checkIdle();
            },
            Qt::QueuedConnection);
    });
}

void ImportQueue::addPaths(const QList<ImportPath> &paths, const QString &languages)
{
    QSet<QString> busy;
    for (const Entry &entry : std::as_const(m_jobs)) {
        if (entry.job.isActive() || entry.job.state == ImportJob::Ready || entry.job.state == ImportJob::NeedsPassword)
            busy.insert(entry.job.path);
    }
    for (const ImportPath &path : paths) {
        if (busy.contains(path.path))
            continue;
        const int id = m_nextId++;
        Entry &entry = m_jobs[id];
        entry.job.id = id;
        entry.job.path = path.path;
        entry.languages = languages;
        m_order.append(id);
        m_run.insert(id);
        if (!path.problem.isEmpty()) {
            entry.job.state = ImportJob::Failed;
            entry.job.message = path.problem;
            emit jobAdded(id);
            emit jobFailed(id, path.problem);
        } else {
            submit(entry);
            emit jobAdded(id);
        }
    }
    emit overallChanged();
}

void ImportQueue::submit(Entry &entry)
{
    entry.job.state = ImportJob::Queued;
    entry.job.pagesDone = 0;
    entry.job.pageCount = 0;
    entry.job.cancelRequested = false;
    entry.job.message.clear();
    entry.control = std::make_shared<JobControl>();
    entry.lastProgress.invalidate();
    ++m_tasks;
    const int id = entry.job.id;
    m_pool.start([this, id, control = entry.control, factory = m_factory, path = entry.job.path,
                     languages = entry.languages, password = entry.password] {
        if (!control->canceled)
            QMetaObject::invokeMethod(
                this, [this, id] { onStarted(id); }, Qt::QueuedConnection);
        auto result = std::make_shared<Result<pipeline::ImportedFile>>(
            runImportJob(*factory, path, languages, password, *control, [this, id] {
                QMetaObject::invokeMethod(
                    this, [this, id] { onProgress(id); }, Qt::QueuedConnection);
            }));
        QMetaObject::invokeMethod(
            this, [this, id, result] { onFinished(id, result); }, Qt::QueuedConnection);
    });
}

void ImportQueue::onStarted(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->job.state != ImportJob::Queued)
        return;
    setState(*it, ImportJob::Reading);
}

void ImportQueue::onProgress(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (!it->lastProgress.isValid() || it->lastProgress.elapsed() >= kProgressIntervalMs) {
        applyProgress(id);
        return;
    }
    m_throttled.insert(id);
    const int wait = int(kProgressIntervalMs - it->lastProgress.elapsed());
    if (!m_throttle.isActive() || m_throttle.remainingTime() > wait)
        m_throttle.start(std::max(wait, 1));
}

void ImportQueue::applyProgress(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->control)
        return;
    JobControl &control = *it->control;
    control.progressPosted = false; // before reading: a page finishing now posts again
    if (!it->job.isActive())
        return;
    it->job.pageCount = control.pageCount;
    it->job.pagesDone = std::max(it->job.pagesDone, int(control.pagesDone));
    if (it->job.state == ImportJob::Queued)
        it->job.state = ImportJob::Reading;
    it->lastProgress.start();
    emit jobChanged(id);
    emit overallChanged();
}

void ImportQueue::flushThrottled()
{
    const QSet<int> due = std::exchange(m_throttled, {});
    for (int id : due) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        if (it->lastProgress.isValid() && it->lastProgress.elapsed() < kProgressIntervalMs)
            onProgress(id); // applied meanwhile by another path; wait again
        else
            applyProgress(id);
    }
}

void ImportQueue::onFinished(int id, const std::shared_ptr<Result<pipeline::ImportedFile>> &result)
{
    --m_tasks;
    m_throttled.remove(id);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->job.isActive()) {
        checkIdle();
        return;
    }
    Entry &entry = *it;
    const QString name = entry.job.fileName();
    if (*result) {
        entry.result = std::move(**result);
        entry.job.pageCount = int(entry.result->source.pages.size());
        entry.job.pagesDone = entry.job.pageCount;
        setState(entry, ImportJob::Ready, entry.result->source.warnings.join(u'\n'));
        emit jobReady(id);
    } else {
        const Error &error = result->error();
        switch (ingest::failureOf(error)) {
        case ingest::Failure::Canceled:
            setState(entry, ImportJob::Canceled);
            break;
        case ingest::Failure::NeedsPassword:
            setState(entry, ImportJob::NeedsPassword,
                tr("%1 is protected by a password. Choose Password… and type the password the sender gave you.")
                    .arg(name));
            emit jobFailed(id, entry.job.message);
            break;
        case ingest::Failure::WrongPassword:
            setState(entry, ImportJob::NeedsPassword,
                tr("The password for %1 is not correct. Choose Password… to try again.").arg(name));
            emit jobFailed(id, entry.job.message);
            break;
        case ingest::Failure::Other:
            logging::get("app")->info("import: {} failed: {} ({})", entry.job.path.toStdString(),
                error.message.toStdString(), error.detail.toStdString());
            setState(entry, ImportJob::Failed, error.message);
            emit jobFailed(id, entry.job.message);
            break;
        }
    }
    checkIdle();
}

void ImportQueue::setState(Entry &entry, ImportJob::State state, const QString &message)
{
    entry.job.state = state;
    entry.job.message = message;
    emit jobChanged(entry.job.id);
    emit overallChanged();
}

bool ImportQueue::cancel(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->job.isActive())
        return false;
    // The reader stops within a fraction of a page (the switch reaches into Poppler and Tesseract); the job is
    // Canceled for the clerk at once and whatever the worker still returns is dropped. idle() waits for it.
    it->control->canceled = true;
    it->job.cancelRequested = it->job.state == ImportJob::Reading;
    m_throttled.remove(id);
    setState(*it, ImportJob::Canceled);
    checkIdle();
    return true;
}

void ImportQueue::cancelAll()
{
    const QList<int> ids = m_order;
    for (int id : ids)
        cancel(id);
}

bool ImportQueue::retryWithPassword(int id, const QByteArray &password)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->job.state != ImportJob::NeedsPassword)
        return false;
    beginRunIfIdle();
    m_busy = true;
    m_run.insert(id);
    it->password = password;
    submit(*it);
    emit jobChanged(id);
    emit overallChanged();
    return true;
}

const pipeline::ImportedFile *ImportQueue::result(int id) const
{
    auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend() || it->job.state != ImportJob::Ready || !it->result)
        return nullptr;
    return &*it->result;
}

std::optional<pipeline::ImportedFile> ImportQueue::takeResult(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->job.state != ImportJob::Ready)
        return std::nullopt;
    return std::exchange(it->result, std::nullopt);
}

bool ImportQueue::markDone(int id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->job.state != ImportJob::Ready)
        return false;
    it->result.reset();
    setState(*it, ImportJob::Done);
    return true;
}

void ImportQueue::removeFinished()
{
    const QList<int> ids = m_order;
    for (int id : ids) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || !it->job.isFinished())
            continue;
        m_jobs.erase(it);
        m_order.removeOne(id);
        m_run.remove(id);
        emit jobRemoved(id);
    }
    emit overallChanged();
}

const ImportJob *ImportQueue::job(int id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &it->job;
}

ImportQueue::Progress ImportQueue::overall() const
{
    Progress progress;
    double done = 0;
    for (int id : m_run) {
        auto it = m_jobs.constFind(id);
        if (it == m_jobs.cend())
            continue;
        ++progress.total;
        if (!it->job.isActive())
            ++progress.finished;
        done += it->job.fraction();
    }
    progress.fraction = progress.total > 0 ? done / progress.total : 0.0;
    return progress;
}

bool ImportQueue::isIdle() const
{
    if (m_tasks > 0 || m_listings > 0)
        return false;
    return std::none_of(m_jobs.cbegin(), m_jobs.cend(), [](const Entry &e) { return e.job.isActive(); });
}

void ImportQueue::setImportOptions(const pipeline::ImportOptions &options)
{
    m_factory->setOptions(options);
}

void ImportQueue::setConcurrentFiles(int count)
{
    m_pool.setMaxThreadCount(std::max(1, count));
}

void ImportQueue::beginRunIfIdle()
{
    if (isIdle())
        m_run.clear();
}

void ImportQueue::checkIdle()
{
    if (m_busy && isIdle()) {
        m_busy = false;
        emit idle();
    }
}

} // namespace vt::gui
