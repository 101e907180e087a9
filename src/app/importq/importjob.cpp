// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vt::gui {

QString ImportJob::fileName() const
{
    return QFileInfo(path).fileName();
}

double ImportJob::fraction() const
{
    if (!isActive())
        return 1.0;
    if (pageCount <= 0)
        return 0.0;
    return std::clamp(double(pagesDone) / pageCount, 0.0, 1.0);
}

QString stateName(ImportJob::State state)
{
    switch (state) {
    case ImportJob::Queued:
        return QCoreApplication::translate("vt::gui::ImportJob", "Waiting");
    case ImportJob::Reading:
        return QCoreApplication::translate("vt::gui::ImportJob", "Reading…");
    case ImportJob::Ready:
        return QCoreApplication::translate("vt::gui::ImportJob", "Ready for review");
    case ImportJob::Failed:
        return QCoreApplication::translate("vt::gui::ImportJob", "Failed");
    case ImportJob::NeedsPassword:
        return QCoreApplication::translate("vt::gui::ImportJob", "Password needed");
    case ImportJob::Canceled:
        return QCoreApplication::translate("vt::gui::ImportJob", "Canceled");
    case ImportJob::Done:
        return QCoreApplication::translate("vt::gui::ImportJob", "Done");
    }
    return {};
}

} // namespace vt::gui
