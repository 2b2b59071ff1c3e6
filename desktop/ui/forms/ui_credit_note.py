# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_note.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditNoteDialog(object):
    def setupUi(self, CreditNoteDialog):
        if not CreditNoteDialog.objectName():
            CreditNoteDialog.setObjectName(u"CreditNoteDialog")
        CreditNoteDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(CreditNoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditNoteDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.promptLabel = QLabel(CreditNoteDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.choiceComboLabel = QLabel(CreditNoteDialog)
        self.choiceComboLabel.setObjectName(u"choiceComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choiceComboLabel)

        self.choiceCombo = QComboBox(CreditNoteDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.noteEditLabel = QLabel(CreditNoteDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(CreditNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.confirmCheck = QCheckBox(CreditNoteDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.confirmCheck)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.choiceComboLabel.setBuddy(self.choiceCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choiceCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.buttonBox)

        self.retranslateUi(CreditNoteDialog)

        QMetaObject.connectSlotsByName(CreditNoteDialog)
    # setupUi

    def retranslateUi(self, CreditNoteDialog):
        CreditNoteDialog.setWindowTitle(QCoreApplication.translate("CreditNoteDialog", u"Decision", None))
        self.choiceComboLabel.setText(QCoreApplication.translate("CreditNoteDialog", u"&Opinion", None))
        self.noteEditLabel.setText(QCoreApplication.translate("CreditNoteDialog", u"&Note", None))
    # retranslateUi

