"""The business-information journey at run time: the certificate OCR job, the journey's
effects and its store of finished profiles (the dialog is ``dialogs/business``)."""
