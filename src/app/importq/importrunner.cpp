// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "ingest/readerror.h"

#include <QCoreApplication>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vt::gui {

Result<std::shared_ptr<const pipeline::Importer>> ImporterFactory::importer(
    const QString &languages, const QByteArray &password)
{
    const std::lock_guard lock(m_mutex);
    if (!m_repairer)
        m_repairer = repair::Repairer::load();
    if (!*m_repairer)
        return tl::unexpected(m_repairer->error());
    if (!m_importer || m_importer->options().read.languages != languages) {
        pipeline::ImportOptions options = m_options;
        options.read.languages = languages;
        options.read.password.clear();
        m_importer = std::make_shared<const pipeline::Importer>(**m_repairer, options);
    }
    if (password.isEmpty())
        return m_importer;
    pipeline::ImportOptions options = m_importer->options();
    options.read.password = password;
    return std::make_shared<const pipeline::Importer>(**m_repairer, options);
}

void ImporterFactory::setOptions(const pipeline::ImportOptions &options)
{
    const std::lock_guard lock(m_mutex);
    m_options = options;
    m_importer.reset();
}

void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread, and threads inherit it from the thread that creates them: the OCR
    // workers, made on first use by the first import, run at this value too. (QThread::setPriority has no effect
    // under SCHED_OTHER.) Raising one's own nice value needs no privilege.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, current + kWorkerNice));
#endif
}

Result<pipeline::ImportedFile> runImportJob(ImporterFactory &factory, const QString &path, const QString &languages,
    const QByteArray &password, JobControl &control, const std::function<void()> &progressed)
{
    const auto canceled = [&control] { return control.canceled.load(std::memory_order_relaxed); };
    const auto stopped = [] {
        return ingest::makeFailure(
            ingest::Failure::Canceled, QCoreApplication::translate("vt::gui::ImportQueue", "Reading was canceled."));
    };
    if (canceled())
        return tl::unexpected(stopped());
    lowerThreadPriority();
    auto importer = factory.importer(languages, password);
    if (!importer)
        return tl::unexpected(importer.error());
    ingest::ReadHooks hooks;
    hooks.isCanceled = canceled;
    hooks.progress = [&](const ingest::ReadProgress &progress) {
        control.pageCount = progress.pageCount;
        control.pagesDone = std::max(control.pagesDone.load(), progress.pagesDone);
        if (!control.progressPosted.exchange(true))
            progressed();
    };
    return (*importer)->importFile(path, hooks);
}

} // namespace vt::gui
