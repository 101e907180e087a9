# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The OCR channel tool's test: renders and OCRs a Vietnamese line, and checks the committed
# resources/repair/ocr-channel.tsv. Only when tools/ocrchannel (QtGui + libtesseract) is part of the build.
if(TARGET vt_ocrsynth)
    # vt_ocrsynth links Qt6::Gui; imported targets are directory-scoped, so make it visible here too.
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
    vt_add_test(tst_ocrchannel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ocrchannel.cpp LIBS vt_ocrsynth vt_repair GUI)
    target_compile_definitions(tst_ocrchannel PRIVATE
        VT_CHANNEL_TABLE="${PROJECT_SOURCE_DIR}/resources/repair/ocr-channel.tsv"
        VT_MODEL_DIR="${PROJECT_SOURCE_DIR}/resources/repair")
    # libgomp reads this when it loads; without it Tesseract spins extra threads and runs 2-3 times slower.
    set_property(TEST tst_ocrchannel APPEND PROPERTY ENVIRONMENT OMP_THREAD_LIMIT=1)
endif()
