#pragma once
// File ▸ Export: format (XLSX workbook or CSV files), the parts to include and where to write them.

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace tessera {

class PlanDocument;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(PlanDocument *document, QWidget *parent = nullptr);
    QStringList selectedParts() const;
    bool isCsv() const;
    QString destination() const;
    void setDestination(const QString &path);
    void accept() override;

private:
    void updateState();
    PlanDocument *m_document;
    QRadioButton *m_xlsx, *m_csv;
    QListWidget *m_parts;
    QLineEdit *m_path;
    QCheckBox *m_bom;
    QPushButton *m_ok = nullptr;
};

} // namespace tessera
