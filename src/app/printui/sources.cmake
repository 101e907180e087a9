# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Printing in the app: preview, print and export of the routing slip and the registers, the stamped copy
# (docs/print.md). The painting is vt_print's. Included by src/app/CMakeLists.txt.
target_sources(vt_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/printui.h
    ${CMAKE_CURRENT_LIST_DIR}/printui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/printpreviewdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/printpreviewdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/printtask.h
    ${CMAKE_CURRENT_LIST_DIR}/printtask.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registerprintdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/registerprintdialog.cpp
)
target_link_libraries(vt_gui PRIVATE Qt6::PrintSupport)
