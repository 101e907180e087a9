// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/channeltable.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {

QString ChannelTable::key(const QString &model, const QString &kind, const QString &source)
{
    return model + u'\t' + kind + u'\t' + source;
}

Result<ChannelTable> ChannelTable::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::NotFound, u"Cannot read the OCR channel table %1."_s.arg(path), f.errorString());
    ChannelTable t;
    bool headerSeen = false;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (!headerSeen) {
            if (fields != QStringList{u"model"_s, u"kind"_s, u"source"_s, u"ocr"_s, u"count"_s, u"logprob"_s})
                return fail(Error::Corrupt, u"%1 has no header line."_s.arg(path), line);
            headerSeen = true;
            continue;
        }
        bool okCount = false, okProb = false;
        ChannelRow row;
        if (fields.size() == 6) {
            row = {fields[0], fields[1], fields[2], fields[3], fields[4].toLongLong(&okCount),
                fields[5].toDouble(&okProb)};
        }
        if (!okCount || !okProb || row.source.isEmpty() || row.ocr.isEmpty())
            return fail(Error::Corrupt, u"%1 line %2 is malformed."_s.arg(path).arg(lineNo), line);
        t.m_index[key(row.model, row.kind, row.source)].append(t.m_rows.size());
        t.m_rows.append(row);
    }
    if (!headerSeen)
        return fail(Error::Corrupt, u"%1 is empty."_s.arg(path));
    return t;
}

Result<void> ChannelTable::save(const QString &path, const QList<ChannelRow> &rows, const QStringList &comments)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Error::Io, u"Cannot write %1."_s.arg(path), f.errorString());
    QByteArray out;
    for (const QString &c : comments)
        out += "# " + c.toUtf8() + '\n';
    out += "model\tkind\tsource\tocr\tcount\tlogprob\n";
    for (const ChannelRow &r : rows) {
        out += r.model.toUtf8() + '\t' + r.kind.toUtf8() + '\t' + r.source.toUtf8() + '\t' + r.ocr.toUtf8() + '\t'
            + QByteArray::number(r.count) + '\t' + QByteArray::number(r.logprob, 'f', 4) + '\n';
    }
    f.write(out);
    if (!f.commit())
        return fail(Error::Io, u"Cannot write %1."_s.arg(path), f.errorString());
    return {};
}

std::optional<double> ChannelTable::logprob(
    const QString &model, const QString &kind, const QString &source, const QString &ocr) const
{
    for (qsizetype i : m_index.value(key(model, kind, source))) {
        if (m_rows[i].ocr == ocr)
            return m_rows[i].logprob;
    }
    return std::nullopt;
}

QList<ChannelRow> ChannelTable::rowsFor(const QString &model, const QString &kind, const QString &source) const
{
    QList<ChannelRow> out;
    for (qsizetype i : m_index.value(key(model, kind, source)))
        out.append(m_rows[i]);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    return out;
}

} // namespace vt::ocrchannel
