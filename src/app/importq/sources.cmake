# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The import queue, its panel, the watched inbox folder and drops (docs/import-queue.md). Included by
# src/app/CMakeLists.txt.
target_sources(vt_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importjob.h
    ${CMAKE_CURRENT_LIST_DIR}/importjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importpaths.h
    ${CMAKE_CURRENT_LIST_DIR}/importpaths.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/importrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importqueue.h
    ${CMAKE_CURRENT_LIST_DIR}/importqueue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importjobmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/importjobmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importjobdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/importjobdelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/importpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inboxscan.h
    ${CMAKE_CURRENT_LIST_DIR}/inboxscan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inboxwatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/inboxwatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importdrop.h
    ${CMAKE_CURRENT_LIST_DIR}/importdrop.cpp
)
