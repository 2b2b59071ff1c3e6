# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        self.dialogLayout = QVBoxLayout(PaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(PaymentDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.paidOnEditLabel = QLabel(PaymentDialog)
        self.paidOnEditLabel.setObjectName(u"paidOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paidOnEditLabel)

        self.paidOnEdit = DateField(PaymentDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.amountEditLabel = QLabel(PaymentDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paidOnEditLabel.setBuddy(self.paidOnEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paidOnEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.buttonBox)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record payment", None))
        self.paidOnEditLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Paid on", None))
        self.amountEditLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
    # retranslateUi

