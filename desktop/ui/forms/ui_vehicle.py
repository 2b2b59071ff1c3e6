# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_VehicleDialog(object):
    def setupUi(self, VehicleDialog):
        if not VehicleDialog.objectName():
            VehicleDialog.setObjectName(u"VehicleDialog")
        self.dialogLayout = QVBoxLayout(VehicleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(VehicleDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.vinEditLabel = QLabel(VehicleDialog)
        self.vinEditLabel.setObjectName(u"vinEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vinEditLabel)

        self.vinEdit = QLineEdit(VehicleDialog)
        self.vinEdit.setObjectName(u"vinEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vinEdit)

        self.plateEditLabel = QLabel(VehicleDialog)
        self.plateEditLabel.setObjectName(u"plateEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plateEditLabel)

        self.plateEdit = QLineEdit(VehicleDialog)
        self.plateEdit.setObjectName(u"plateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plateEdit)

        self.makeEditLabel = QLabel(VehicleDialog)
        self.makeEditLabel.setObjectName(u"makeEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.makeEditLabel)

        self.makeEdit = QLineEdit(VehicleDialog)
        self.makeEdit.setObjectName(u"makeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.makeEdit)

        self.modelEditLabel = QLabel(VehicleDialog)
        self.modelEditLabel.setObjectName(u"modelEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modelEditLabel)

        self.modelEdit = QLineEdit(VehicleDialog)
        self.modelEdit.setObjectName(u"modelEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.yearSpinLabel = QLabel(VehicleDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearSpinLabel)

        self.yearSpin = QSpinBox(VehicleDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1950)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2020)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.mileageSpinLabel = QLabel(VehicleDialog)
        self.mileageSpinLabel.setObjectName(u"mileageSpinLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mileageSpinLabel)

        self.mileageSpin = QSpinBox(VehicleDialog)
        self.mileageSpin.setObjectName(u"mileageSpin")
        self.mileageSpin.setMinimum(0)
        self.mileageSpin.setMaximum(2000000)
        self.mileageSpin.setSingleStep(1000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mileageSpin)

        self.ownerOfRecordEditLabel = QLabel(VehicleDialog)
        self.ownerOfRecordEditLabel.setObjectName(u"ownerOfRecordEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerOfRecordEditLabel)

        self.ownerOfRecordEdit = QLineEdit(VehicleDialog)
        self.ownerOfRecordEdit.setObjectName(u"ownerOfRecordEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerOfRecordEdit)

        self.firstRegisteredEditLabel = QLabel(VehicleDialog)
        self.firstRegisteredEditLabel.setObjectName(u"firstRegisteredEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.firstRegisteredEditLabel)

        self.firstRegisteredEdit = DateField(VehicleDialog)
        self.firstRegisteredEdit.setObjectName(u"firstRegisteredEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.firstRegisteredEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(VehicleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.vinEditLabel.setBuddy(self.vinEdit)
        self.plateEditLabel.setBuddy(self.plateEdit)
        self.makeEditLabel.setBuddy(self.makeEdit)
        self.modelEditLabel.setBuddy(self.modelEdit)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.mileageSpinLabel.setBuddy(self.mileageSpin)
        self.ownerOfRecordEditLabel.setBuddy(self.ownerOfRecordEdit)
        self.firstRegisteredEditLabel.setBuddy(self.firstRegisteredEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.vinEdit, self.plateEdit)
        QWidget.setTabOrder(self.plateEdit, self.makeEdit)
        QWidget.setTabOrder(self.makeEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.mileageSpin)
        QWidget.setTabOrder(self.mileageSpin, self.ownerOfRecordEdit)
        QWidget.setTabOrder(self.ownerOfRecordEdit, self.firstRegisteredEdit)
        QWidget.setTabOrder(self.firstRegisteredEdit, self.buttonBox)

        self.retranslateUi(VehicleDialog)

        QMetaObject.connectSlotsByName(VehicleDialog)
    # setupUi

    def retranslateUi(self, VehicleDialog):
        VehicleDialog.setWindowTitle(QCoreApplication.translate("VehicleDialog", u"Vehicle", None))
        self.vinEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"&VIN or chassis number", None))
        self.vinEdit.setPlaceholderText(QCoreApplication.translate("VehicleDialog", u"e.g. ZVW30-1234567 or a 17-character VIN", None))
        self.plateEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"&Plate", None))
        self.makeEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"&Make", None))
        self.modelEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"M&odel", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("VehicleDialog", u"Model &year", None))
        self.mileageSpinLabel.setText(QCoreApplication.translate("VehicleDialog", u"M&ileage (km)", None))
        self.ownerOfRecordEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"Owner of &record", None))
        self.ownerOfRecordEdit.setPlaceholderText(QCoreApplication.translate("VehicleDialog", u"The registered owner: the customer, or the lender under ownership retention", None))
        self.firstRegisteredEditLabel.setText(QCoreApplication.translate("VehicleDialog", u"&First registered on", None))
    # retranslateUi

