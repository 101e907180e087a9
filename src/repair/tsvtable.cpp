// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsvtable.h"

#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vt::repair {

Result<QList<TsvRow>> readTsvTable(const QString &path, const QString &what)
{
    QList<TsvRow> rows;
    QFile file(path);
    if (!file.exists())
        return rows;
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io, u"Cannot read the %1 %2: %3."_s.arg(what, path, file.errorString()));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    int lineNo = 0;
    bool header = false;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!header) { // the column names
            header = true;
            continue;
        }
        rows.append({lineNo, line.split(u'\t')});
    }
    return rows;
}

} // namespace vt::repair
