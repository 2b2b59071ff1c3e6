# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        self.dialogLayout = QVBoxLayout(UserDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(UserDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameEditLabel = QLabel(UserDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameEditLabel = QLabel(UserDialog)
        self.displayNameEditLabel.setObjectName(u"displayNameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameEditLabel)

        self.displayNameEdit = QLineEdit(UserDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleComboLabel = QLabel(UserDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordEditLabel = QLabel(UserDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.displayNameEditLabel.setBuddy(self.displayNameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.buttonBox)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("UserDialog", u"&User name", None))
        self.displayNameEditLabel.setText(QCoreApplication.translate("UserDialog", u"&Name", None))
        self.roleComboLabel.setText(QCoreApplication.translate("UserDialog", u"&Role", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("UserDialog", u"&Password", None))
    # retranslateUi

