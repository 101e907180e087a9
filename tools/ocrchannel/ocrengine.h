// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QImage>
#include <QString>

#include <memory>

namespace vt::ocrchannel {

/// One Tesseract instance for one language, initialised once and reused for many pages. Not thread-safe: give
/// each worker thread its own. Tesseract's headers stay in the .cpp so users of this library need only Qt.
class OcrEngine
{
public:
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /// `language` is a traineddata name ("eng", "vie"); `dataPath` empty means Tesseract's default tessdata.
    /// Error::NotFound when the language data cannot be loaded.
    static Result<std::unique_ptr<OcrEngine>> create(const QString &language, const QString &dataPath = {});

    /// Full-page recognition (automatic page segmentation, LSTM engine) of an image; `dpi` is passed on so
    /// Tesseract does not have to guess the text size. Returns Tesseract's text, lines separated by '\n'.
    Result<QString> recognize(const QImage &image, int dpi);

    QString language() const { return m_language; }

private:
    OcrEngine() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_language;
};

} // namespace vt::ocrchannel
