# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_confirmed.ui'
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

class Ui_ReleaseConfirmedDialog(object):
    def setupUi(self, ReleaseConfirmedDialog):
        if not ReleaseConfirmedDialog.objectName():
            ReleaseConfirmedDialog.setObjectName(u"ReleaseConfirmedDialog")
        self.dialogLayout = QVBoxLayout(ReleaseConfirmedDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(ReleaseConfirmedDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.confirmedOnEditLabel = QLabel(ReleaseConfirmedDialog)
        self.confirmedOnEditLabel.setObjectName(u"confirmedOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirmedOnEditLabel)

        self.confirmedOnEdit = DateField(ReleaseConfirmedDialog)
        self.confirmedOnEdit.setObjectName(u"confirmedOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmedOnEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ReleaseConfirmedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.confirmedOnEditLabel.setBuddy(self.confirmedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.confirmedOnEdit, self.buttonBox)

        self.retranslateUi(ReleaseConfirmedDialog)

        QMetaObject.connectSlotsByName(ReleaseConfirmedDialog)
    # setupUi

    def retranslateUi(self, ReleaseConfirmedDialog):
        ReleaseConfirmedDialog.setWindowTitle(QCoreApplication.translate("ReleaseConfirmedDialog", u"Lender confirmed the payoff", None))
        self.confirmedOnEditLabel.setText(QCoreApplication.translate("ReleaseConfirmedDialog", u"&Confirmed on", None))
    # retranslateUi

