// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

class QPagedPaintDevice;

namespace vt::print {

/// Runs `paint` on a QPdfWriter writing `path` (through a temporary file renamed into place, so a failure leaves
/// no half-written PDF under the name). Error::Io when the file cannot be written; `paint`'s error otherwise.
Result<void> writePdf(
    const QString &path, const QString &title, const std::function<Result<void>(QPagedPaintDevice &)> &paint);

} // namespace vt::print
