# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'property.ui'
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

class Ui_PropertyDialog(object):
    def setupUi(self, PropertyDialog):
        if not PropertyDialog.objectName():
            PropertyDialog.setObjectName(u"PropertyDialog")
        self.dialogLayout = QVBoxLayout(PropertyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(PropertyDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.addressEditLabel = QLabel(PropertyDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(PropertyDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.propertyKindComboLabel = QLabel(PropertyDialog)
        self.propertyKindComboLabel.setObjectName(u"propertyKindComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.propertyKindComboLabel)

        self.propertyKindCombo = QComboBox(PropertyDialog)
        self.propertyKindCombo.setObjectName(u"propertyKindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.propertyKindCombo)

        self.floorAreaEditLabel = QLabel(PropertyDialog)
        self.floorAreaEditLabel.setObjectName(u"floorAreaEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.floorAreaEditLabel)

        self.floorAreaEdit = QLineEdit(PropertyDialog)
        self.floorAreaEdit.setObjectName(u"floorAreaEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.floorAreaEdit)

        self.landParcelsSpinLabel = QLabel(PropertyDialog)
        self.landParcelsSpinLabel.setObjectName(u"landParcelsSpinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.landParcelsSpinLabel)

        self.landParcelsSpin = QSpinBox(PropertyDialog)
        self.landParcelsSpin.setObjectName(u"landParcelsSpin")
        self.landParcelsSpin.setMinimum(0)
        self.landParcelsSpin.setMaximum(99)
        self.landParcelsSpin.setValue(1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.landParcelsSpin)

        self.buildingsSpinLabel = QLabel(PropertyDialog)
        self.buildingsSpinLabel.setObjectName(u"buildingsSpinLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.buildingsSpinLabel)

        self.buildingsSpin = QSpinBox(PropertyDialog)
        self.buildingsSpin.setObjectName(u"buildingsSpin")
        self.buildingsSpin.setMinimum(0)
        self.buildingsSpin.setMaximum(99)
        self.buildingsSpin.setValue(1)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.buildingsSpin)

        self.currencyComboLabel = QLabel(PropertyDialog)
        self.currencyComboLabel.setObjectName(u"currencyComboLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currencyComboLabel)

        self.currencyCombo = QComboBox(PropertyDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.managementFeeEditLabel = QLabel(PropertyDialog)
        self.managementFeeEditLabel.setObjectName(u"managementFeeEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.managementFeeEditLabel)

        self.managementFeeEdit = MoneyEdit(PropertyDialog)
        self.managementFeeEdit.setObjectName(u"managementFeeEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.managementFeeEdit)

        self.repairReserveEditLabel = QLabel(PropertyDialog)
        self.repairReserveEditLabel.setObjectName(u"repairReserveEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.repairReserveEditLabel)

        self.repairReserveEdit = MoneyEdit(PropertyDialog)
        self.repairReserveEdit.setObjectName(u"repairReserveEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.repairReserveEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PropertyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.propertyKindComboLabel.setBuddy(self.propertyKindCombo)
        self.floorAreaEditLabel.setBuddy(self.floorAreaEdit)
        self.landParcelsSpinLabel.setBuddy(self.landParcelsSpin)
        self.buildingsSpinLabel.setBuddy(self.buildingsSpin)
        self.currencyComboLabel.setBuddy(self.currencyCombo)
        self.managementFeeEditLabel.setBuddy(self.managementFeeEdit)
        self.repairReserveEditLabel.setBuddy(self.repairReserveEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addressEdit, self.propertyKindCombo)
        QWidget.setTabOrder(self.propertyKindCombo, self.floorAreaEdit)
        QWidget.setTabOrder(self.floorAreaEdit, self.landParcelsSpin)
        QWidget.setTabOrder(self.landParcelsSpin, self.buildingsSpin)
        QWidget.setTabOrder(self.buildingsSpin, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.managementFeeEdit)
        QWidget.setTabOrder(self.managementFeeEdit, self.repairReserveEdit)
        QWidget.setTabOrder(self.repairReserveEdit, self.buttonBox)

        self.retranslateUi(PropertyDialog)

        QMetaObject.connectSlotsByName(PropertyDialog)
    # setupUi

    def retranslateUi(self, PropertyDialog):
        PropertyDialog.setWindowTitle(QCoreApplication.translate("PropertyDialog", u"Property", None))
        self.addressEditLabel.setText(QCoreApplication.translate("PropertyDialog", u"&Address", None))
        self.propertyKindComboLabel.setText(QCoreApplication.translate("PropertyDialog", u"&Kind", None))
        self.floorAreaEditLabel.setText(QCoreApplication.translate("PropertyDialog", u"&Floor area (m\u00b2)", None))
        self.landParcelsSpinLabel.setText(QCoreApplication.translate("PropertyDialog", u"Land &parcels", None))
        self.buildingsSpinLabel.setText(QCoreApplication.translate("PropertyDialog", u"&Buildings", None))
        self.currencyComboLabel.setText(QCoreApplication.translate("PropertyDialog", u"&Currency", None))
        self.managementFeeEditLabel.setText(QCoreApplication.translate("PropertyDialog", u"Monthly &management fee", None))
        self.repairReserveEditLabel.setText(QCoreApplication.translate("PropertyDialog", u"Monthly &repair reserve", None))
    # retranslateUi

