// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include "ocrchannel/scannoise.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vt::docgen {

/// What `vanthu-docgen` makes: see docs/docgen.md for the files and the gold schema.
struct BatchOptions
{
    QString outDir;
    int count = 10; ///< single-document files
    int pairs = 0; ///< files holding a reply and the dispatch it answers
    quint64 seed = 1;
    QStringList formats{QStringLiteral("pdf")}; ///< pdf, scan-pdf, png, jpg, tiff, txt
    QList<int> dpis{300};
    ocrchannel::NoiseLevel noise = ocrchannel::NoiseLevel::None;
    int pagesMax = 2;
    int jobs = 1; ///< files made in parallel (each file by one thread)
};

struct BatchReport
{
    int documents = 0;
    int files = 0;
    int pages = 0;
};

/// The formats `formats` may hold.
QStringList knownFormats();

/// Checks the options (formats, resolutions, counts) and says what is wrong and how to fix it.
Result<void> validate(const BatchOptions &options);

/// Writes the files and `gold.jsonl` (one record per document) into options.outDir, creating it.
/// `progress`, if set, receives one line per file holding documents, from the worker threads but
/// never two at a time. The output does not depend on `jobs`.
Result<BatchReport> generateBatch(
    const BatchOptions &options, const std::function<void(const QString &)> &progress = {});

} // namespace vt::docgen
