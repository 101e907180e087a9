// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QScrollArea;
class QSpinBox;
class QTimer;
class QToolButton;

namespace vt::gui {

class PageCanvas;
class PageSource;

/// A document's pages: a PDF rendered by Poppler, or page images (scans the reader kept), with page navigation,
/// zoom (fit width, +/-, Ctrl+wheel) and highlight rectangles given in page points (origin top left).
///
/// Opening and rendering run on the view's own worker thread; the GUI thread never waits for them. A newer
/// request supersedes an older one: the older render is aborted (Poppler's abort callback) and its result
/// dropped. While a page renders, the previous image is shown scaled. Pages are 0-based here.
class PageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    /// Opens a PDF, or an image file (every page of a TIFF), in the background; documentLoaded() or loadFailed()
    /// follows.
    void setDocument(const QString &path);
    /// Shows page images; `sizesPt` are the pages' sizes in points (for highlights), else from the images' dpi.
    void setPages(QList<QImage> images, const QList<QSizeF> &sizesPt = {});
    /// Shows nothing but `message` (a text file has no page to show).
    void clear(const QString &message = {});

    int pageCount() const;
    int currentPage() const { return m_page; }
    void setPage(int page);

    /// Marks rectangles (page points) on `page`, goes to that page and scrolls the first one into view.
    void setHighlights(int page, const QList<QRectF> &pointsRects);
    void clearHighlights();
    int highlightPage() const { return m_highlightPage; }
    const QList<QRectF> &highlights() const { return m_highlights; }

    /// Device-independent pixels per point; fit width (the default) follows the view's width.
    double scale() const { return m_scale; }
    bool fitsWidth() const { return m_fitWidth; }
    void zoomIn();
    void zoomOut();
    void setScale(double pixelsPerPoint);
    void fitWidth();

    /// A rectangle in page points of the current page, in the coordinates of the page canvas widget.
    QRectF mapFromPage(const QRectF &pointsRect) const;
    /// The widget the page is painted on (inside a scroll area).
    QWidget *canvas() const;
    /// The last image rendered for the current page (device pixels), null while none has arrived.
    QImage renderedImage() const { return m_image; }
    int renderedPage() const { return m_imagePage; }
    /// True while a render of the current page is under way.
    bool isRendering() const { return m_rendering; }

signals:
    void documentLoaded(int pageCount);
    void loadFailed(const QString &message);
    void pageChanged(int page);
    /// A page image arrived and is on screen.
    void pageRendered(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class PageCanvas;

    void setSource(std::shared_ptr<PageSource> source);
    void relayout();
    void requestRender();
    void startRender();
    void scrollToHighlight();
    void updateControls();
    void wheelZoom(int delta);
    QSizeF pageSizePt(int page) const;
    QRectF pageRect() const; ///< where the current page is painted on the canvas

    QThreadPool m_pool; ///< one thread: opening and rendering are serialised, newest first
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::shared_ptr<PageSource> m_source;
    QList<QSizeF> m_sizesPt;
    QString m_message;
    int m_page = 0;
    double m_scale = 1.0;
    bool m_fitWidth = true;
    QImage m_image;
    int m_imagePage = -1;
    double m_imageScale = 0;
    bool m_rendering = false;
    bool m_scrollPending = false;
    int m_highlightPage = -1;
    QList<QRectF> m_highlights;

    QToolButton *m_prev;
    QToolButton *m_next;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QLabel *m_zoomLabel;
    QScrollArea *m_scroll;
    PageCanvas *m_canvas;
    QTimer *m_renderTimer;
};

} // namespace vt::gui
