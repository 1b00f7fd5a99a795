#pragma once
// Entry points for File ▸ Import and File ▸ Export (wired into the main window's menu).

class QWidget;

namespace tessera {

class PlanDocument;

// File ▸ Import…: the import wizard (file, kind, column mapping, validation report, import).
void showImportWizard(PlanDocument *document, QWidget *parent);
// File ▸ Export…: format, parts and destination; the export runs as a long task.
void showExportDialog(PlanDocument *document, QWidget *parent);

} // namespace tessera
