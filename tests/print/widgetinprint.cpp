// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compiled with exactly the include paths of vt_print. It must NOT compile: printing links QtGui, not QtWidgets
// (the command line links it and stays headless). `print_cannot_include_widgets` passes when the compiler says so.
#include "print/registerprint.h"

#include <QWidget>

int main()
{
    return 0;
}
