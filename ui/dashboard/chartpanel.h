#pragma once
// One dashboard chart: a title, a QCustomPlot, hover tooltips by bar/point index, click-to-drill and
// export to PNG or PDF.

#include <QWidget>
#include <vector>

class QCustomPlot;
class QLabel;
class QToolButton;
class QMouseEvent;

namespace tessera {

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    void setTitle(const QString &title);
    // Tooltip text for x keys 0..n-1 (the bar or month index); empty = none.
    void setTips(std::vector<QString> tips) { m_tips = std::move(tips); }
    QToolButton *addButton(const QString &text); // extra actions in the title row
    // Writes the chart; the format follows the suffix (.png or .pdf). Returns false when it cannot.
    bool exportTo(const QString &path, int width = 900, int height = 500);

signals:
    void barClicked(int index);

private:
    int keyAt(const QPoint &pos) const;
    void onMove(QMouseEvent *event);
    void onPress(QMouseEvent *event);
    void exportDialog();

    QCustomPlot *m_plot;
    QLabel *m_title;
    QWidget *m_buttons;
    std::vector<QString> m_tips;
};

} // namespace tessera
