package io.jifen.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus our theme from the top-level {@code frontend/styles} folder (plain CSS: no frontend build needed). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/jifen.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
