// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compiled with exactly the include paths of vt_store. It must NOT compile: the store links QtCore only, so a
// widget header is out of its reach. The test `store_cannot_include_widgets` passes when the compiler says so.
#include "store/database.h"

#include <QWidget>

int main() { return 0; }
