// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfoutput.h"

#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace vt::print {

Result<void> writePdf(
    const QString &path, const QString &title, const std::function<Result<void>(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Io, u"Cannot write %1: %2. Choose another file or folder."_s.arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Văn Thư"_s);
        writer.setResolution(600);
        if (auto r = paint(writer); !r) {
            file.cancelWriting();
            return r;
        }
    }
    if (!file.commit())
        return fail(Error::Io, u"Cannot write %1: %2. Choose another file or folder."_s.arg(path, file.errorString()));
    return {};
}

} // namespace vt::print
