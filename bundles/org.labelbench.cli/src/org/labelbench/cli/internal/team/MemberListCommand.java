package org.labelbench.cli.internal.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.Member;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class MemberListCommand extends Commands {

	public MemberListCommand() {
		super("member list", "PROJECT", "List the members of a project with their roles (administrators only).");
	}

	@Override
	public int run(CommandContext context) {
		String project = context.positional("project name");
		List<Member> members = context.workspace().members().list(project);
		if (context.json()) {
			context.printJson(Map.of("project", project, "members", members.stream().map(m -> {
				Map<String, String> json = new LinkedHashMap<>();
				json.put("user", m.user());
				json.put("role", MemberAddCommand.name(m.role()));
				return json;
			}).toList()));
		} else {
			members.forEach(m -> context.out().printf("%-24s %s%n", m.user(), MemberAddCommand.name(m.role())));
		}
		return ExitCode.OK;
	}
}
