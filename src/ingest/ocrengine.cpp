// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ocrengine.h"

#include "core/vietnamese.h"
#include "ingest/readerror.h"
#include "ingest/translate.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <dlfcn.h>

#include <cmath>
#include <mutex>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

struct PixDeleter
{
    void operator()(Pix *p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// An 8-bit grey Pix of the image. Rendered PDF pages arrive as 32-bit RGB: they are reduced to grey here in one pass
// (integer luma), several times faster than QImage's colour-managed conversion to Grayscale8.
PixPtr pixFromImage(const QImage &image)
{
    const QImage::Format format = image.format();
    const bool rgb32 = format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
        || format == QImage::Format_ARGB32_Premultiplied;
    const QImage grey
        = rgb32 || format == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    PixPtr pix(pixCreate(grey.width(), grey.height(), 8));
    l_uint32 *data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < grey.height(); ++y) {
        auto *row = reinterpret_cast<uchar *>(data + qsizetype(y) * wpl);
        if (!rgb32) {
            memcpy(row, grey.constScanLine(y), size_t(grey.width()));
            continue;
        }
        const auto *src = reinterpret_cast<const QRgb *>(grey.constScanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            const QRgb c = src[x];
            row[x] = uchar((qRed(c) * 77 + qGreen(c) * 150 + qBlue(c) * 29) >> 8);
        }
    }
    pixEndianByteSwap(pix.get()); // Leptonica keeps bytes big-endian within 32-bit words
    return pix;
}

QImage greyFromPix(Pix *pix)
{
    PixPtr eight(pixConvertTo8(pix, 0));
    PixPtr swapped(pixEndianByteSwapNew(eight.get()));
    const int w = int(pixGetWidth(swapped.get())), h = int(pixGetHeight(swapped.get()));
    QImage out(w, h, QImage::Format_Grayscale8);
    const l_uint32 *data = pixGetData(swapped.get());
    const int wpl = pixGetWpl(swapped.get());
    for (int y = 0; y < h; ++y)
        memcpy(out.scanLine(y), data + qsizetype(y) * wpl, size_t(w));
    return out;
}

// Tesseract reads a page turned by 90° well enough (it finds vertical text lines), so a sideways page does not
// show in the confidence; its lines standing upright do.
bool mostlyVertical(const QList<vt::ingest::Line> &lines)
{
    int vertical = 0;
    for (const vt::ingest::Line &line : lines)
        vertical += line.box.height() > 1.5 * line.box.width();
    return vertical * 2 > lines.size();
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool cancelThunk(void *closure, int)
{
    const auto *isCanceled = static_cast<const std::function<bool()> *>(closure);
    return (*isCanceled)();
}

} // namespace

namespace vt::ingest {

void limitOpenMpToOneThread()
{
    // libgomp reads OMP_THREAD_LIMIT once, when it is loaded (before main() in any program linking Tesseract), and
    // Tesseract's loops ask for num_threads(4), which omp_set_num_threads() cannot lower. What does work at run
    // time is max-active-levels 0: no parallel region becomes active, each runs on the thread that meets it.
    // Setting it here (global in libgomp 12, per thread in later ones) covers both. The variable is still set for
    // processes we start.
    // setenv is not safe against concurrent getenv; once per process, and before any worker is busy.
    static std::once_flag once;
    std::call_once(once, [] { setenv("OMP_THREAD_LIMIT", "1", 0); });
    using SetInt = void (*)(int);
    if (auto set = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels")))
        set(0);
    if (auto set = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")))
        set(1);
}

struct OcrEngine::Impl
{
    OcrSettings settings;
    tesseract::TessBaseAPI api;
    std::unique_ptr<tesseract::TessBaseAPI> osd; // created on the first page that needs it
    bool osdUnavailable = false;

    QByteArray dataPath() const { return settings.dataPath.toLocal8Bit(); }
    int detectOrientation(Pix *pix, int dpi);
    Result<OcrResult> read(Pix *pix, int dpi, const std::function<bool()> &isCanceled);
};

OcrEngine::~OcrEngine()
{
    if (!d)
        return;
    d->api.End();
    if (d->osd)
        d->osd->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const OcrSettings &settings)
{
    limitOpenMpToOneThread();
    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    engine->d = std::make_unique<Impl>();
    engine->d->settings = settings;
    const QByteArray path = engine->d->dataPath();
    const QByteArray langs = settings.languages.toUtf8();
    if (engine->d->api.Init(path.isEmpty() ? nullptr : path.constData(), langs.constData(), tesseract::OEM_LSTM_ONLY)
        != 0) {
        return fail(Error::NotFound,
            QCoreApplication::translate("vt::ingest",
                "Tesseract has no language data for \"%1\"; install tesseract-ocr-%2 (or set the OCR languages).")
                .arg(settings.languages, settings.languages.section(u'+', 0, 0)),
            u"TessBaseAPI::Init failed; data path \"%1\""_s.arg(settings.dataPath));
    }
    engine->d->api.SetPageSegMode(tesseract::PSM_AUTO);
    // A blank or speckled page otherwise prints "Empty page!!" and resolution warnings on stderr for every call.
    engine->d->api.SetVariable("debug_file", "/dev/null");
    return engine;
}

// Clockwise degrees the content of `pix` is turned (0, 90, 180, 270) according to OSD, 0 when unsure.
int OcrEngine::Impl::detectOrientation(Pix *pix, int dpi)
{
    if (osdUnavailable)
        return 0;
    if (!osd) {
        osd = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray path = dataPath();
        if (osd->Init(path.isEmpty() ? nullptr : path.constData(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
            osdUnavailable = true;
            return 0;
        }
        osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
        osd->SetVariable("debug_file", "/dev/null");
    }
    osd->SetImage(pix);
    osd->SetSourceResolution(dpi);
    int degrees = 0;
    float confidence = 0, scriptConfidence = 0;
    const char *script = nullptr;
    const bool ok = osd->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    osd->Clear();
    logging::get("ingest")->debug("OSD: {} (turned {}°, confidence {:.2f}, script {})", ok ? "ok" : "failed", degrees,
        confidence, script ? script : "?");
    return ok && confidence >= 2.0f ? degrees : 0;
}

Result<OcrResult> OcrEngine::Impl::read(Pix *pix, int dpi, const std::function<bool()> &isCanceled)
{
    api.SetImage(pix);
    api.SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    if (isCanceled) {
        monitor.cancel = &cancelThunk;
        monitor.cancel_this = const_cast<std::function<bool()> *>(&isCanceled);
    }
    const int rc = api.Recognize(&monitor);
    if (isCanceled && isCanceled()) {
        api.Clear();
        return tl::unexpected(
            makeFailure(Failure::Canceled, QCoreApplication::translate("vt::ingest", "Reading was canceled.")));
    }
    if (rc != 0) {
        api.Clear();
        return fail(Error::Io, QCoreApplication::translate("vt::ingest", "Tesseract could not recognise the page."),
            u"Recognize returned %1"_s.arg(rc));
    }

    OcrResult result;
    const double toPt = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
            if (!utf8)
                continue;
            const QString text = text::nfc(QString::fromUtf8(utf8.get()).trimmed());
            if (text.isEmpty())
                continue;
            int l = 0, t = 0, r = 0, b = 0;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b);
            if (!result.text.isEmpty())
                result.text += it->IsAtBeginningOf(tesseract::RIL_BLOCK) ? u"\n\n"_s : u"\n"_s;
            result.text += text;
            result.lines.append(Line{text, QRectF(l * toPt, t * toPt, (r - l) * toPt, (b - t) * toPt),
                it->Confidence(tesseract::RIL_TEXTLINE) / 100.0});
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    result.confidence = std::max(0, api.MeanTextConf()) / 100.0;
    api.Clear();
    return result;
}

Result<OcrResult> OcrEngine::recognize(
    const QImage &image, int dpi, const std::function<bool()> &isCanceled, int keepDpi)
{
    if (image.isNull())
        return fail(Error::InvalidArgument, QCoreApplication::translate("vt::ingest", "No image to recognise."));
    dpi = std::clamp(dpi, 50, 1200);
    const double started = threadCpuMs();
    PixPtr pix = pixFromImage(image);

    double skew = 0;
    if (d->settings.deskew) {
        PixPtr binary(pixConvertTo1(pix.get(), 160));
        l_float32 angle = 0, conf = 0;
        if (binary && pixFindSkew(binary.get(), &angle, &conf) == 0 && conf >= 3.0f && std::abs(angle) >= 0.1f) {
            if (PixPtr straight{
                    pixRotate(pix.get(), float(M_PI / 180.0) * angle, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0)}) {
                pix = std::move(straight);
                skew = angle;
            }
        }
    }

    const double prepared = threadCpuMs() - started;
    auto result = d->read(pix.get(), dpi, isCanceled);
    if (!result)
        return result;
    const double recognised = threadCpuMs() - started;
    int rotation = 0;
    if (d->settings.detectOrientation && (result->confidence < 0.6 || mostlyVertical(result->lines))) {
        if (const int turned = d->detectOrientation(pix.get(), dpi)) {
            // OSD says the content is turned `turned` degrees clockwise; pixRotateOrth turns clockwise by quarters.
            PixPtr upright(pixRotateOrth(pix.get(), (360 - turned) / 90 % 4));
            auto second = d->read(upright.get(), dpi, isCanceled);
            if (!second)
                return second;
            // Upright text reads at least as well; a wrong turn would leave the lines standing or upside down.
            if (second->confidence >= result->confidence - 0.05 && !mostlyVertical(second->lines)) {
                result = std::move(second);
                pix = std::move(upright);
                rotation = (360 - turned) % 360;
            }
        }
    }
    result->rotation = rotation;
    result->skewDegrees = skew;
    result->sizePt = QSizeF(pixGetWidth(pix.get()) * 72.0 / dpi, pixGetHeight(pix.get()) * 72.0 / dpi);
    if (keepDpi > 0) {
        const float factor = std::min(1.0f, float(keepDpi) / float(dpi));
        PixPtr small(factor < 1 ? pixScale(pix.get(), factor, factor) : pixClone(pix.get()));
        result->upright = greyFromPix(small.get());
        const int dpm = qRound(std::min(keepDpi, dpi) / 0.0254);
        result->upright.setDotsPerMeterX(dpm);
        result->upright.setDotsPerMeterY(dpm);
    }
    logging::get("ingest")->debug("OCR {}x{} at {} dpi, thread CPU: prepare+deskew {:.0f} ms, recognise {:.0f} ms, "
                                  "total {:.0f} ms, "
                                  "confidence {:.2f}, skew {:.2f}, rotation {}",
        image.width(), image.height(), dpi, prepared, recognised - prepared, threadCpuMs() - started,
        result->confidence, skew, rotation);
    return result;
}

Result<OcrResult> OcrEngine::recognizeRegion(
    const QImage &page, int dpi, int rotation, double skewDegrees, const QRectF &regionPt, const RegionOptions &options)
{
    if (page.isNull() || regionPt.isEmpty())
        return fail(Error::InvalidArgument, QCoreApplication::translate("vt::ingest", "No image to recognise."));
    dpi = std::clamp(dpi, 50, 1200);
    // The same frame as recognize(): straightened by the skew it measured, then turned upright.
    PixPtr pix = pixFromImage(page);
    if (std::abs(skewDegrees) >= 0.1) {
        if (PixPtr straight{
                pixRotate(pix.get(), float(M_PI / 180.0 * skewDegrees), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0)})
            pix = std::move(straight);
    }
    if (const int quarters = (rotation / 90) % 4) {
        if (PixPtr turned{pixRotateOrth(pix.get(), quarters)})
            pix = std::move(turned);
    }
    const double toPx = dpi / 72.0;
    const QRect px
        = QRectF(regionPt.left() * toPx, regionPt.top() * toPx, regionPt.width() * toPx, regionPt.height() * toPx)
              .toAlignedRect()
              .intersected(QRect(0, 0, int(pixGetWidth(pix.get())), int(pixGetHeight(pix.get()))));
    if (px.isEmpty())
        return fail(Error::InvalidArgument, QCoreApplication::translate("vt::ingest", "No image to recognise."));
    BOX *box = boxCreate(px.x(), px.y(), px.width(), px.height());
    PixPtr region(pixClipRectangle(pix.get(), box, nullptr));
    boxDestroy(&box);
    if (!region)
        return fail(Error::InvalidArgument, QCoreApplication::translate("vt::ingest", "No image to recognise."));
    if (options.scale > 0 && std::abs(options.scale - 1) > 0.01) {
        if (PixPtr scaled{pixScale(region.get(), float(options.scale), float(options.scale))})
            region = std::move(scaled);
    }
    d->api.SetPageSegMode(options.singleLine ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
    if (!options.whitelist.isEmpty())
        d->api.SetVariable("tessedit_char_whitelist", options.whitelist.toUtf8().constData());
    auto result = d->read(region.get(), qRound(dpi * (options.scale > 0 ? options.scale : 1)), {});
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    if (!options.whitelist.isEmpty())
        d->api.SetVariable("tessedit_char_whitelist", "");
    return result;
}

} // namespace vt::ingest
