# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_administrator.ui'
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

class Ui_FirstAdministratorDialog(object):
    def setupUi(self, FirstAdministratorDialog):
        if not FirstAdministratorDialog.objectName():
            FirstAdministratorDialog.setObjectName(u"FirstAdministratorDialog")
        self.dialogLayout = QVBoxLayout(FirstAdministratorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(FirstAdministratorDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameEditLabel = QLabel(FirstAdministratorDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(FirstAdministratorDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameEditLabel = QLabel(FirstAdministratorDialog)
        self.displayNameEditLabel.setObjectName(u"displayNameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameEditLabel)

        self.displayNameEdit = QLineEdit(FirstAdministratorDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordEditLabel = QLabel(FirstAdministratorDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(FirstAdministratorDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatEditLabel = QLabel(FirstAdministratorDialog)
        self.repeatEditLabel.setObjectName(u"repeatEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatEditLabel)

        self.repeatEdit = QLineEdit(FirstAdministratorDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(FirstAdministratorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.displayNameEditLabel.setBuddy(self.displayNameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.repeatEditLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttonBox)

        self.retranslateUi(FirstAdministratorDialog)

        QMetaObject.connectSlotsByName(FirstAdministratorDialog)
    # setupUi

    def retranslateUi(self, FirstAdministratorDialog):
        FirstAdministratorDialog.setWindowTitle(QCoreApplication.translate("FirstAdministratorDialog", u"Create the administrator", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&User name", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstAdministratorDialog", u"One word, e.g. admin", None))
        self.displayNameEditLabel.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Name", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Password", None))
        self.repeatEditLabel.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Repeat the password", None))
    # retranslateUi

