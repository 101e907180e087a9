// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/reader.h"

#include "ingest/imagereader.h"
#include "ingest/ocrpool.h"
#include "ingest/pdfreader.h"
#include "ingest/textfile.h"
#include "ingest/translate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace vt::ingest {
namespace {

constexpr QByteArrayView kImageMagic[]
    = {"\x89PNG\r\n\x1a\n", "\xFF\xD8\xFF", "II*\0", "MM\0*", "GIF87a", "GIF89a", "BM"};

QString kindName(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Pdf:
        return u"pdf"_s;
    case ContentKind::Image:
        return u"image"_s;
    case ContentKind::Text:
        return u"text"_s;
    case ContentKind::Unknown:
        break;
    }
    return {};
}

// The kind the extension promises, to warn when the content says otherwise.
ContentKind kindOfSuffix(const QString &suffix)
{
    static const QStringList images{u"png"_s, u"jpg"_s, u"jpeg"_s, u"tif"_s, u"tiff"_s, u"gif"_s, u"bmp"_s, u"webp"_s};
    if (suffix == u"pdf")
        return ContentKind::Pdf;
    if (images.contains(suffix))
        return ContentKind::Image;
    if (suffix == u"txt")
        return ContentKind::Text;
    return ContentKind::Unknown;
}

void readText(SourceFile &file, const DecodedText &decoded, const ReadHooks &hooks)
{
    const QStringList parts = decoded.text.split(u'\f');
    for (int i = 0; i < parts.size(); ++i) {
        Page page;
        page.number = i + 1;
        page.source = Page::PlainText;
        page.text = parts[i];
        page.encoding = decoded.encoding;
        for (const QString &l : page.text.split(u'\n'))
            page.lines.append(Line{l, {}, 1.0});
        file.pages.append(std::move(page));
        if (hooks.progress)
            hooks.progress(ReadProgress{i + 1, int(parts.size()), i + 1, Page::PlainText});
    }
    if (decoded.converted)
        file.warnings.append(tr("%1 was in the legacy Vietnamese encoding %2 and was converted to Unicode; check the "
                                "accents.")
                                 .arg(QFileInfo(file.path).fileName(), decoded.encoding));
}

} // namespace

QString SourceFile::text() const
{
    QStringList texts;
    texts.reserve(pages.size());
    for (const Page &p : pages)
        texts.append(p.text);
    return texts.join(u'\f');
}

ContentKind sniffContent(QByteArrayView head)
{
    if (head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0)
        return ContentKind::Pdf;
    for (const QByteArrayView magic : kImageMagic) {
        if (head.startsWith(magic))
            return ContentKind::Image;
    }
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return ContentKind::Image;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return ContentKind::Text;
    return head.first(std::min<qsizetype>(head.size(), 8192)).contains('\0') ? ContentKind::Unknown : ContentKind::Text;
}

Result<SourceFile> readFile(const QString &path, const ReadOptions &options, const ReadHooks &hooks)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(Error::NotFound, tr("%1: no such file.").arg(path));
    if (info.isDir())
        return fail(Error::InvalidArgument, tr("%1 is a folder; give the files in it.").arg(path));
    if (options.maxFileSize > 0 && info.size() > options.maxFileSize)
        return fail(Error::InvalidArgument,
            tr("%1 is %2 MB, over the %3 MB limit for one document; split it or "
               "raise the limit.")
                .arg(name)
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(options.maxFileSize / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Io, tr("Cannot read %1: %2.").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.isEmpty())
        return fail(Error::InvalidArgument, tr("%1 is empty; there is nothing to import.").arg(name));

    SourceFile file;
    file.path = path;
    file.size = bytes.size();
    file.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const ContentKind kind = sniffContent(bytes);
    if (kind == ContentKind::Unknown)
        return fail(Error::InvalidArgument,
            tr("%1 is neither a PDF, an image (PNG, JPEG, TIFF) nor a text file; "
               "export it to PDF and import that.")
                .arg(name));
    file.kind = kindName(kind);
    const ContentKind promised = kindOfSuffix(info.suffix().toLower());
    if (promised != ContentKind::Unknown && promised != kind)
        file.warnings.append(tr("%1 is named like a %2 file but holds a %3 file; it was read as what it holds.")
                                 .arg(name, kindName(promised), file.kind));

    if (kind == ContentKind::Text) {
        if (bytes.size() > kMaxTextFileSize)
            return fail(Error::InvalidArgument,
                tr("%1 is a text file of %2 MB, over the %3 MB limit for a text "
                   "document; split it.")
                    .arg(name)
                    .arg(bytes.size() / (1024 * 1024))
                    .arg(kMaxTextFileSize / (1024 * 1024)));
        auto decoded = decodeText(bytes, name);
        if (!decoded)
            return tl::unexpected(decoded.error());
        readText(file, *decoded, hooks);
        return file;
    }
    std::shared_ptr<OcrPool> pool = options.ocrPool;
    if (!pool)
        pool = OcrPool::shared(
            OcrSettings{options.languages, options.tessdataPath, options.detectOrientation, options.deskew},
            options.ocrThreads);
    const Result<void> read = kind == ContentKind::Pdf ? readPdf(bytes, file, options, hooks, pool)
                                                       : readImages(bytes, file, options, hooks, pool);
    if (!read)
        return tl::unexpected(read.error());
    return file;
}

} // namespace vt::ingest
