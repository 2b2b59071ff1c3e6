# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_return.ui'
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
    QFormLayout, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditReturnDialog(object):
    def setupUi(self, CreditReturnDialog):
        if not CreditReturnDialog.objectName():
            CreditReturnDialog.setObjectName(u"CreditReturnDialog")
        CreditReturnDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(CreditReturnDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditReturnDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.promptLabel = QLabel(CreditReturnDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.documentsListLabel = QLabel(CreditReturnDialog)
        self.documentsListLabel.setObjectName(u"documentsListLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentsListLabel)

        self.documentsList = QListWidget(CreditReturnDialog)
        self.documentsList.setObjectName(u"documentsList")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentsList)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditReturnDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.documentsListLabel.setBuddy(self.documentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentsList, self.buttonBox)

        self.retranslateUi(CreditReturnDialog)

        QMetaObject.connectSlotsByName(CreditReturnDialog)
    # setupUi

    def retranslateUi(self, CreditReturnDialog):
        CreditReturnDialog.setWindowTitle(QCoreApplication.translate("CreditReturnDialog", u"Return documents to the applicant", None))
        self.documentsListLabel.setText(QCoreApplication.translate("CreditReturnDialog", u"&Documents", None))
    # retranslateUi

