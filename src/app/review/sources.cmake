# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The review view: the page viewer, the review of an imported file (text, fields, duplicates, register) and drafts.
target_sources(vt_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documenttext.h ${CMAKE_CURRENT_LIST_DIR}/documenttext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftstore.h ${CMAKE_CURRENT_LIST_DIR}/draftstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagesource.h ${CMAKE_CURRENT_LIST_DIR}/pagesource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageview.h ${CMAKE_CURRENT_LIST_DIR}/pageview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewform.h ${CMAKE_CURRENT_LIST_DIR}/reviewform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewtextview.h ${CMAKE_CURRENT_LIST_DIR}/reviewtextview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewwidget.h ${CMAKE_CURRENT_LIST_DIR}/reviewwidget.cpp
)
# PageSource renders PDFs itself (vt_ingest keeps its Poppler use private).
target_link_libraries(vt_gui PRIVATE PkgConfig::PopplerQt6)
