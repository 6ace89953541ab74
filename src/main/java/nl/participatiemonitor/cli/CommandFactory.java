package nl.participatiemonitor.cli;

import picocli.CommandLine;

/** Lets picocli create the commands with the application source they need. */
final class CommandFactory implements CommandLine.IFactory {

    private final ApplicationContextSource application;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(ApplicationContextSource.class).newInstance(application);
        } catch (NoSuchMethodException noApplicationNeeded) {
            return fallback.create(type);
        }
    }
}
