// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace vt::gui {

/// The desktop app from its command line to the end of its event loop: settings and language, logging,
/// the database (a failure to open it, or a file from a newer version, is shown in a dialog and ends the
/// program with 1), the main window. `--screenshot FILE` saves the window once the register is shown and
/// quits, for documentation taken under Xvfb.
int run(QApplication &app);

} // namespace vt::gui
