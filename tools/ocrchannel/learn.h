// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vt::ocrchannel {

/// `vanthu-ocr-channel learn …`: aligns the pairs written by render-ocr and writes the channel table. Returns the
/// process exit status.
int runLearn(const QStringList &args);

} // namespace vt::ocrchannel
