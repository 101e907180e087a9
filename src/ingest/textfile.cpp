// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "core/vietnamese.h"
#include "ingest/translate.h"
#include "ingest/legacyencoding.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace vt::ingest {
namespace {

QString normaliseLines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text::nfc(text);
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &path)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decode(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decode(bytes.mid(2));
        if (decode.hasError())
            return fail(Error::InvalidArgument, tr("%1 starts as UTF-16 but is not valid UTF-16.").arg(path));
        return DecodedText{normaliseLines(text), le ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    }
    if (bytes.contains('\0'))
        return fail(Error::InvalidArgument,
            tr("%1 is not a text file (it holds binary data); PDFs and scans are "
               "imported through the document importer.")
                .arg(path));
    QStringDecoder decode(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString utf8 = decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (!decode.hasError()) {
        // A legacy file once converted to UTF-8 as if it were Latin-1 still reads as mojibake.
        const legacy::Guess guess = legacy::guessMojibake(utf8);
        if (guess.encoding != legacy::Encoding::None)
            return DecodedText{normaliseLines(guess.text), legacy::name(guess.encoding), true};
        return DecodedText{normaliseLines(utf8), u"UTF-8"_s};
    }
    const legacy::Guess guess = legacy::guessBytes(bytes);
    if (guess.encoding == legacy::Encoding::None)
        return fail(Error::InvalidArgument,
            tr("%1 is not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; "
               "save it as UTF-8 and import it again.")
                .arg(path));
    return DecodedText{normaliseLines(guess.text), legacy::name(guess.encoding), true};
}

Result<QString> readTextFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::NotFound, tr("%1: no such file.").arg(path));
    if (info.isDir())
        return fail(Error::InvalidArgument, tr("%1 is a folder; give the files in it.").arg(path));
    if (info.size() > kMaxTextFileSize)
        return fail(Error::InvalidArgument,
            tr("%1 is %2 MB, over the %3 MB limit for a text document; split it.")
                .arg(path)
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxTextFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return decodeText(file.readAll(), path).map([](DecodedText &&d) { return std::move(d.text); });
}

} // namespace vt::ingest
