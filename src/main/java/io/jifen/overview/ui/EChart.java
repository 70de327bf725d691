package io.jifen.overview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart as a plain {@code div}: the option is built in Java and handed over as JSON. The library
 * is a static script from the webjar, added to the page on attach (once per page: Vaadin loads a dependency once),
 * so no frontend bundle is needed. The chart follows the element's size and is disposed when the element leaves.
 */
public class EChart extends Div {

    /** Served by Spring Boot from {@code META-INF/resources/webjars} of {@code org.webjars.npm:echarts}. */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /*
     * Waits for the script (a dependency added in the same round trip may still be loading), draws or redraws, and
     * keeps a registry of chart elements so that detached ones can be disposed.
     */
    private static final String DRAW = """
            const el = this, option = JSON.parse($0);
            const draw = tries => {
              if (!window.echarts) { if (tries < 200) setTimeout(() => draw(tries + 1), 50); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(option, true);
              if (!el.jifenResize) {
                el.jifenResize = new ResizeObserver(() => chart.resize());
                el.jifenResize.observe(el);
              }
              (window.jifenCharts = window.jifenCharts || new Set()).add(el);
            };
            draw(0);
            """;

    private static final String DISPOSE = """
            if (window.echarts && window.jifenCharts) {
              for (const el of [...window.jifenCharts]) {
                if (!el.isConnected) {
                  const chart = echarts.getInstanceByDom(el);
                  if (chart) chart.dispose();
                  if (el.jifenResize) el.jifenResize.disconnect();
                  window.jifenCharts.delete(el);
                }
              }
            }
            """;

    private String option;

    public EChart() {
        addClassName("jifen-chart");
        setWidthFull();
        setHeight("320px");
    }

    /** Shows the chart of {@code option} (an ECharts option object), replacing what was shown. */
    public void setOption(ObjectNode option) {
        this.option = JSON.writeValueAsString(option);
        if (isAttached()) {
            getElement().executeJs(DRAW, this.option);
        }
    }

    /** The last option set, as JSON (for tests without a browser). */
    public String getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        if (option != null) {
            getElement().executeJs(DRAW, option);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs(DISPOSE);
        super.onDetach(event);
    }
}
