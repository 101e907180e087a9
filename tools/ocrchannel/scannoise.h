// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace vt::ocrchannel {

/// How much a page is made to look scanned. Light is a good office scanner; heavy is a tilted fax-grade copy
/// with faded ink, specks and strong JPEG artefacts.
enum class NoiseLevel { None, Light, Heavy };

QString noiseName(NoiseLevel level);
std::optional<NoiseLevel> noiseFromName(QStringView name);

/// Returns the page with scan defects added, deterministically for a given seed: a slight rotation (±0.3° light,
/// ±0.7° heavy), Gaussian blur, faded ink and grey paper, Gaussian sensor noise, salt-and-pepper specks, and a JPEG
/// round trip. Sizes scale with the image's resolution so 200 and 300 dpi pages get the same physical defects.
/// Input and output are Format_Grayscale8; None returns the input unchanged.
QImage addScanNoise(const QImage &page, NoiseLevel level, quint32 seed);

} // namespace vt::ocrchannel
