#pragma once
// Reps × payout periods of a payout run: one measure at a time (payable, earned, paid before, attainment),
// filtered to one manager's team (everyone below them) or everyone.

#include "comp/payoutrun.h"

#include <QAbstractTableModel>
#include <memory>

namespace tessera::comp {

class PayoutModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure
    {
        Payable,
        Earned,
        Paid,
        Attainment
    };
    explicit PayoutModel(QObject *parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    const RunResult *run() const { return m_run.get(); }
    void setMeasure(Measure m);
    void setTeam(qint64 managerId); // 0 = everyone
    qint64 repAt(int row) const;
    QString periodAt(int column) const; // empty for the name, plan and total columns

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    Money value(const PeriodResult &p) const;
    std::shared_ptr<const RunResult> m_run;
    Measure m_measure = Measure::Payable;
    qint64 m_team = 0;
    std::vector<const RepResult *> m_rows;
    QStringList m_periods;
};

} // namespace tessera::comp
