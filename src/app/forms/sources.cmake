# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Registering and routing by hand, editing with undo, the overdue list, settings (docs/forms.md).
target_sources(vt_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datelineedit.h ${CMAKE_CURRENT_LIST_DIR}/datelineedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fieldeditcommand.h ${CMAKE_CURRENT_LIST_DIR}/fieldeditcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/formsupport.h ${CMAKE_CURRENT_LIST_DIR}/formsupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newrecorddialog.h ${CMAKE_CURRENT_LIST_DIR}/newrecorddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/overduelist.h ${CMAKE_CURRENT_LIST_DIR}/overduelist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordeditor.h ${CMAKE_CURRENT_LIST_DIR}/recordeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordform.h ${CMAKE_CURRENT_LIST_DIR}/recordform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/suggestlineedit.h ${CMAKE_CURRENT_LIST_DIR}/suggestlineedit.cpp
)
