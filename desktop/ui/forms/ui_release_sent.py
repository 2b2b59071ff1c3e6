# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_sent.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_ReleaseSentDialog(object):
    def setupUi(self, ReleaseSentDialog):
        if not ReleaseSentDialog.objectName():
            ReleaseSentDialog.setObjectName(u"ReleaseSentDialog")
        self.dialogLayout = QVBoxLayout(ReleaseSentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(ReleaseSentDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sentOnEditLabel = QLabel(ReleaseSentDialog)
        self.sentOnEditLabel.setObjectName(u"sentOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sentOnEditLabel)

        self.sentOnEdit = DateField(ReleaseSentDialog)
        self.sentOnEdit.setObjectName(u"sentOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sentOnEdit)

        self.amountEditLabel = QLabel(ReleaseSentDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(ReleaseSentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.methodEditLabel = QLabel(ReleaseSentDialog)
        self.methodEditLabel.setObjectName(u"methodEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodEditLabel)

        self.methodEdit = QLineEdit(ReleaseSentDialog)
        self.methodEdit.setObjectName(u"methodEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.referenceEditLabel = QLabel(ReleaseSentDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(ReleaseSentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ReleaseSentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sentOnEditLabel.setBuddy(self.sentOnEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.methodEditLabel.setBuddy(self.methodEdit)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sentOnEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.methodEdit)
        QWidget.setTabOrder(self.methodEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.buttonBox)

        self.retranslateUi(ReleaseSentDialog)

        QMetaObject.connectSlotsByName(ReleaseSentDialog)
    # setupUi

    def retranslateUi(self, ReleaseSentDialog):
        ReleaseSentDialog.setWindowTitle(QCoreApplication.translate("ReleaseSentDialog", u"Payoff sent to the lender", None))
        self.sentOnEditLabel.setText(QCoreApplication.translate("ReleaseSentDialog", u"&Sent on", None))
        self.amountEditLabel.setText(QCoreApplication.translate("ReleaseSentDialog", u"&Amount", None))
        self.methodEditLabel.setText(QCoreApplication.translate("ReleaseSentDialog", u"&Method", None))
        self.methodEdit.setPlaceholderText(QCoreApplication.translate("ReleaseSentDialog", u"Bank transfer, cheque\u2026", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("ReleaseSentDialog", u"&Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ReleaseSentDialog", u"Transfer or cheque number", None))
    # retranslateUi

