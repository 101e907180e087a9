// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace vt::docgen {

/// A phone photo of a printed page: the page (grey, any resolution) lying on a desk, seen slightly off
/// square (perspective), with uneven light, a warm paper tint, sensor noise and soft focus; an 8-megapixel
/// RGB frame (2448 × 3264) in which the page fills about 85 % of the height. Deterministic for a seed.
/// Encode it as JPEG to finish the picture.
QImage photographPage(const QImage &page, quint64 seed);

} // namespace vt::docgen
