package cn.esip.api.cli;

import cn.esip.models.ModelDescriptor;
import cn.esip.models.ModelRegistry;
import cn.esip.models.ModelStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code esip models}: what models the platform knows, whether each is installed, and their quality. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, install and train the platform's models.",
        subcommands = {ModelsCommand.ListModels.class, ModelsInstallCommand.class, ModelsTrainCommand.class})
public final class ModelsCommand implements Runnable {

    @Override
    public void run() {
        new ListModels().run();
    }

    /** {@code esip models list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show registered models, their state and metrics.")
    static final class ListModels implements Runnable {

        @Option(names = "--json", description = "One JSON object per model.")
        boolean json;

        @Override
        public void run() {
            ModelRegistry reg = ModelRegistry.locate();
            List<ModelStatus> statuses = reg.statuses();
            if (statuses.isEmpty()) {
                System.out.println("no models registered in " + reg.home());
                return;
            }
            for (ModelStatus s : statuses) {
                ModelDescriptor d = s.descriptor();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", d.id());
                    m.put("task", d.task());
                    m.put("engine", d.engine());
                    m.put("source", d.source());
                    m.put("version", d.version());
                    m.put("state", s.state());
                    m.put("detail", s.detail());
                    m.put("metrics", d.metrics());
                    try {
                        System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    System.out.printf("%-24s %-16s %-18s %-18s %s%n", d.id(), d.task(), d.engine(), s.state(),
                            s.usable() ? d.metrics() : s.detail());
                }
            }
        }
    }
}
