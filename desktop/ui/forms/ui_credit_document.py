# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_document.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditDocumentDialog(object):
    def setupUi(self, CreditDocumentDialog):
        if not CreditDocumentDialog.objectName():
            CreditDocumentDialog.setObjectName(u"CreditDocumentDialog")
        CreditDocumentDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(CreditDocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditDocumentDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.documentLabel = QLabel(CreditDocumentDialog)
        self.documentLabel.setObjectName(u"documentLabel")
        self.documentLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.documentLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receivedOnEditLabel = QLabel(CreditDocumentDialog)
        self.receivedOnEditLabel.setObjectName(u"receivedOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedOnEditLabel)

        self.receivedOnEdit = DateField(CreditDocumentDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.formComboLabel = QLabel(CreditDocumentDialog)
        self.formComboLabel.setObjectName(u"formComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formComboLabel)

        self.formCombo = QComboBox(CreditDocumentDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.pagesSpinLabel = QLabel(CreditDocumentDialog)
        self.pagesSpinLabel.setObjectName(u"pagesSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pagesSpinLabel)

        self.pagesSpin = QSpinBox(CreditDocumentDialog)
        self.pagesSpin.setObjectName(u"pagesSpin")
        self.pagesSpin.setMinimum(1)
        self.pagesSpin.setMaximum(999)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pagesSpin)

        self.pagesExpectedSpinLabel = QLabel(CreditDocumentDialog)
        self.pagesExpectedSpinLabel.setObjectName(u"pagesExpectedSpinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pagesExpectedSpinLabel)

        self.pagesExpectedSpin = QSpinBox(CreditDocumentDialog)
        self.pagesExpectedSpin.setObjectName(u"pagesExpectedSpin")
        self.pagesExpectedSpin.setMinimum(0)
        self.pagesExpectedSpin.setMaximum(999)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pagesExpectedSpin)

        self.certifierNameEditLabel = QLabel(CreditDocumentDialog)
        self.certifierNameEditLabel.setObjectName(u"certifierNameEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.certifierNameEditLabel)

        self.certifierNameEdit = QLineEdit(CreditDocumentDialog)
        self.certifierNameEdit.setObjectName(u"certifierNameEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.certifierNameEdit)

        self.certifierPositionEditLabel = QLabel(CreditDocumentDialog)
        self.certifierPositionEditLabel.setObjectName(u"certifierPositionEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.certifierPositionEditLabel)

        self.certifierPositionEdit = QLineEdit(CreditDocumentDialog)
        self.certifierPositionEdit.setObjectName(u"certifierPositionEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.certifierPositionEdit)

        self.certifiedOnEditLabel = QLabel(CreditDocumentDialog)
        self.certifiedOnEditLabel.setObjectName(u"certifiedOnEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.certifiedOnEditLabel)

        self.certifiedOnEdit = DateField(CreditDocumentDialog)
        self.certifiedOnEdit.setObjectName(u"certifiedOnEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.certifiedOnEdit)

        self.issuedOnEditLabel = QLabel(CreditDocumentDialog)
        self.issuedOnEditLabel.setObjectName(u"issuedOnEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.issuedOnEditLabel)

        self.issuedOnEdit = DateField(CreditDocumentDialog)
        self.issuedOnEdit.setObjectName(u"issuedOnEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.issuedOnEdit)

        self.validUntilEditLabel = QLabel(CreditDocumentDialog)
        self.validUntilEditLabel.setObjectName(u"validUntilEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.validUntilEditLabel)

        self.validUntilEdit = DateField(CreditDocumentDialog)
        self.validUntilEdit.setObjectName(u"validUntilEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.validUntilEdit)

        self.returnedOnEditLabel = QLabel(CreditDocumentDialog)
        self.returnedOnEditLabel.setObjectName(u"returnedOnEditLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.returnedOnEditLabel)

        self.returnedOnEdit = DateField(CreditDocumentDialog)
        self.returnedOnEdit.setObjectName(u"returnedOnEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.returnedOnEdit)

        self.noteEditLabel = QLabel(CreditDocumentDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(CreditDocumentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedOnEditLabel.setBuddy(self.receivedOnEdit)
        self.formComboLabel.setBuddy(self.formCombo)
        self.pagesSpinLabel.setBuddy(self.pagesSpin)
        self.pagesExpectedSpinLabel.setBuddy(self.pagesExpectedSpin)
        self.certifierNameEditLabel.setBuddy(self.certifierNameEdit)
        self.certifierPositionEditLabel.setBuddy(self.certifierPositionEdit)
        self.certifiedOnEditLabel.setBuddy(self.certifiedOnEdit)
        self.issuedOnEditLabel.setBuddy(self.issuedOnEdit)
        self.validUntilEditLabel.setBuddy(self.validUntilEdit)
        self.returnedOnEditLabel.setBuddy(self.returnedOnEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedOnEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.pagesSpin)
        QWidget.setTabOrder(self.pagesSpin, self.pagesExpectedSpin)
        QWidget.setTabOrder(self.pagesExpectedSpin, self.certifierNameEdit)
        QWidget.setTabOrder(self.certifierNameEdit, self.certifierPositionEdit)
        QWidget.setTabOrder(self.certifierPositionEdit, self.certifiedOnEdit)
        QWidget.setTabOrder(self.certifiedOnEdit, self.issuedOnEdit)
        QWidget.setTabOrder(self.issuedOnEdit, self.validUntilEdit)
        QWidget.setTabOrder(self.validUntilEdit, self.returnedOnEdit)
        QWidget.setTabOrder(self.returnedOnEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(CreditDocumentDialog)

        QMetaObject.connectSlotsByName(CreditDocumentDialog)
    # setupUi

    def retranslateUi(self, CreditDocumentDialog):
        CreditDocumentDialog.setWindowTitle(QCoreApplication.translate("CreditDocumentDialog", u"Record a dossier document", None))
        self.receivedOnEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"&Received on", None))
        self.formComboLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"&Original or copy", None))
        self.pagesSpinLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"&Pages", None))
        self.pagesExpectedSpinLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"Pages the document &has", None))
        self.pagesExpectedSpin.setSpecialValueText(QCoreApplication.translate("CreditDocumentDialog", u"not known", None))
        self.certifierNameEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"Certified &by (surname, initials)", None))
        self.certifierNameEdit.setPlaceholderText(QCoreApplication.translate("CreditDocumentDialog", u"Only for a copy marked \u00ab\u043a\u043e\u043f\u0438\u044f \u0432\u0435\u0440\u043d\u0430\u00bb", None))
        self.certifierPositionEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"Certifier's p&osition", None))
        self.certifiedOnEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"Certified o&n", None))
        self.issuedOnEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"&Issued on", None))
        self.validUntilEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"&Valid until", None))
        self.validUntilEdit.setPlaceholderText(QCoreApplication.translate("CreditDocumentDialog", u"Empty: worked out by the program where it has a rule", None))
        self.returnedOnEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"Re&turned on", None))
        self.noteEditLabel.setText(QCoreApplication.translate("CreditDocumentDialog", u"N&ote", None))
    # retranslateUi

