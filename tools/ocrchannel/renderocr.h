// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vt::ocrchannel {

/// `vanthu-ocr-channel render-ocr …`: renders corpus text to scanned-looking pages and OCRs them. Returns the
/// process exit status; prints its own usage and errors.
int runRenderOcr(const QStringList &args);

} // namespace vt::ocrchannel
