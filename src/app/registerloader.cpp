// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerloader.h"

#include "loaderworker.h"

namespace vt::gui {

RegisterLoader::RegisterLoader(QString databasePath, QObject *parent)
    : QObject(parent), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<std::shared_ptr<const std::vector<qint64>>>();
    qRegisterMetaType<QList<vt::gui::RegisterRow>>();
    m_thread.setObjectName(QStringLiteral("register-loader"));
    m_worker = new LoaderWorker(std::move(databasePath), m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LoaderWorker::idsLoaded, this, &RegisterLoader::idsLoaded);
    connect(m_worker, &LoaderWorker::pageLoaded, this, &RegisterLoader::pageLoaded);
    connect(m_worker, &LoaderWorker::failed, this, &RegisterLoader::failed);
    m_thread.start();
}

RegisterLoader::~RegisterLoader()
{
    m_generation->store(~quint64(0)); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

void RegisterLoader::setGeneration(quint64 generation)
{
    m_generation->store(generation);
}

void RegisterLoader::requestIds(quint64 generation, const store::SearchQuery &query)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query] { worker->loadIds(generation, query); }, Qt::QueuedConnection);
}

void RegisterLoader::requestPage(quint64 generation, int page, QList<qint64> ids)
{
    if (auto dropped = m_worker->enqueuePage({generation, page, std::move(ids)}))
        emit pageDropped(dropped->generation, dropped->page);
    QMetaObject::invokeMethod(m_worker, &LoaderWorker::drainPages, Qt::QueuedConnection);
}

} // namespace vt::gui
