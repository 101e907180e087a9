// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/ocrengine.h"

#include <tesseract/baseapi.h>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {

struct OcrEngine::Impl
{
    tesseract::TessBaseAPI api;
};

OcrEngine::~OcrEngine()
{
    if (d)
        d->api.End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const QString &language, const QString &dataPath)
{
    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    engine->d = std::make_unique<Impl>();
    engine->m_language = language;
    const QByteArray path = dataPath.toLocal8Bit();
    const QByteArray lang = language.toUtf8();
    if (engine->d->api.Init(path.isEmpty() ? nullptr : path.constData(), lang.constData(), tesseract::OEM_LSTM_ONLY)
        != 0) {
        return fail(Error::NotFound, u"Tesseract has no language data for \"%1\"."_s.arg(language),
            u"TessBaseAPI::Init failed; data path \"%1\""_s.arg(dataPath));
    }
    engine->d->api.SetPageSegMode(tesseract::PSM_AUTO);
    // A blank or speckled page otherwise prints "Empty page!!" / resolution warnings on stderr for every call.
    engine->d->api.SetVariable("debug_file", "/dev/null");
    return engine;
}

Result<QString> OcrEngine::recognize(const QImage &image, int dpi)
{
    if (image.isNull())
        return fail(Error::InvalidArgument, u"No image to recognise."_s);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    auto &api = d->api;
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api.SetSourceResolution(dpi);
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    api.Clear();
    if (!text)
        return fail(Error::Io, u"Tesseract failed to recognise the page."_s, u"GetUTF8Text returned null"_s);
    return QString::fromUtf8(text.get()).normalized(QString::NormalizationForm_C);
}

} // namespace vt::ocrchannel
