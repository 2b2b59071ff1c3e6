# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_approve.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditApproveDialog(object):
    def setupUi(self, CreditApproveDialog):
        if not CreditApproveDialog.objectName():
            CreditApproveDialog.setObjectName(u"CreditApproveDialog")
        CreditApproveDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(CreditApproveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditApproveDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.maximumLabel = QLabel(CreditApproveDialog)
        self.maximumLabel.setObjectName(u"maximumLabel")
        self.maximumLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.maximumLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountEditLabel = QLabel(CreditApproveDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(CreditApproveDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.termSpinLabel = QLabel(CreditApproveDialog)
        self.termSpinLabel.setObjectName(u"termSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.termSpinLabel)

        self.termSpin = QSpinBox(CreditApproveDialog)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimum(1)
        self.termSpin.setMaximum(600)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termSpin)

        self.rateEditLabel = QLabel(CreditApproveDialog)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(CreditApproveDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.conditionsEditLabel = QLabel(CreditApproveDialog)
        self.conditionsEditLabel.setObjectName(u"conditionsEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conditionsEditLabel)

        self.conditionsEdit = QPlainTextEdit(CreditApproveDialog)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditApproveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.termSpinLabel.setBuddy(self.termSpin)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.conditionsEditLabel.setBuddy(self.conditionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountEdit, self.termSpin)
        QWidget.setTabOrder(self.termSpin, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.conditionsEdit)
        QWidget.setTabOrder(self.conditionsEdit, self.buttonBox)

        self.retranslateUi(CreditApproveDialog)

        QMetaObject.connectSlotsByName(CreditApproveDialog)
    # setupUi

    def retranslateUi(self, CreditApproveDialog):
        CreditApproveDialog.setWindowTitle(QCoreApplication.translate("CreditApproveDialog", u"Approve the application", None))
        self.amountEditLabel.setText(QCoreApplication.translate("CreditApproveDialog", u"&Amount approved", None))
        self.termSpinLabel.setText(QCoreApplication.translate("CreditApproveDialog", u"&Term, months", None))
        self.rateEditLabel.setText(QCoreApplication.translate("CreditApproveDialog", u"Annual &rate, %", None))
        self.conditionsEditLabel.setText(QCoreApplication.translate("CreditApproveDialog", u"&Conditions", None))
    # retranslateUi

